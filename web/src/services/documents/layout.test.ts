import { describe, expect, it } from 'vitest';
import { removeRepeatedMargins } from './margins';
import { buildLines } from './page-lines';
import { blockToText } from './paragraphs';
import { findGutter, orderIntoBlocks } from './reading-order';
import type { TextRun } from './text-runs';
import { toTextRuns } from './text-runs';

const run = (text: string, x: number, y: number, size = 10): TextRun => ({
  text,
  x,
  y,
  width: text.length * size * 0.5,
  size,
});

describe('toTextRuns', () => {
  it('keeps positioned text and drops spacers, markers and rotated text', () => {
    const items: unknown[] = [
      { str: 'Hello', transform: [12, 0, 0, 12, 50, 700], width: 30 },
      { str: ' ', transform: [12, 0, 0, 12, 80, 700], width: 3 },
      { type: 'beginMarkedContent', id: 'm1' },
      { str: 'Sideways', transform: [0, 12, -12, 0, 20, 400], width: 50 },
      'not an item',
    ];
    expect(toTextRuns(items)).toEqual([{ text: 'Hello', x: 50, y: 700, width: 30, size: 12 }]);
  });
});

describe('buildLines', () => {
  it('puts runs on one baseline into one line, spacing words by their gaps', () => {
    const lines = buildLines([run('world', 82, 700.5), run('Hello', 50, 700)]);
    expect(lines).toHaveLength(1);
    expect(lines[0]?.segments.map((s) => s.text)).toEqual(['Hello world']);
  });

  it('splits a line where a wide gap separates its parts', () => {
    const lines = buildLines([run('Engineer', 50, 700), run('2021', 480, 700)]);
    expect(lines[0]?.segments.map((s) => s.text)).toEqual(['Engineer', '2021']);
  });
});

describe('reading order', () => {
  it('does not mistake right-aligned dates for a second column', () => {
    const segs = ['Lumen Pay, backend engineer', 'Northwind, support engineer', 'Acme, intern'].flatMap((job, i) =>
      buildLines([run(job, 50, 700 - i * 14), run(`20${15 + i} – 20${17 + i}`, 470, 700 - i * 14)]).flatMap(
        (l) => l.segments,
      ),
    );
    expect(findGutter(segs)).toBeUndefined();
    expect(blockToText(orderIntoBlocks(segs).flat())).toBe(
      'Lumen Pay, backend engineer 2015 – 2017\nNorthwind, support engineer 2016 – 2018\nAcme, intern 2017 – 2019',
    );
  });

  it('reads the left column before the right one when a gutter runs between them', () => {
    const runs = [0, 1, 2].flatMap((i) => [
      run(`left line ${i} of the first column`, 40, 700 - i * 13),
      run(`right line ${i} of the second column`, 320, 700 - i * 13),
    ]);
    const blocks = orderIntoBlocks(buildLines(runs).flatMap((l) => l.segments));
    expect(blocks.map((b) => b.map((s) => s.text.split(' ')[0]))).toEqual([
      ['left', 'left', 'left'],
      ['right', 'right', 'right'],
    ]);
  });
});

describe('removeRepeatedMargins', () => {
  const page = (n: number) => ({
    height: 842,
    lines: buildLines([run('Jane Doe — CV', 50, 810), run(`Body text of page ${n}`, 50, 700), run(`${n}`, 290, 30)]),
  });

  it('drops numbered footers everywhere and keeps a repeated title once', () => {
    const texts = removeRepeatedMargins([page(1), page(2), page(3)]).map((lines) =>
      lines.map((l) => l.segments[0]?.text),
    );
    expect(texts).toEqual([['Jane Doe — CV', 'Body text of page 1'], ['Body text of page 2'], ['Body text of page 3']]);
  });

  it('leaves a one-page document alone', () => {
    expect(removeRepeatedMargins([page(1)])[0]).toHaveLength(3);
  });

  it('keeps numbered body lines in the margin band that follow the body at its own line spacing', () => {
    const dense = (n: number) => ({
      height: 842,
      lines: buildLines([
        run(`Week ${n}: closed ${n * 3} tickets`, 50, 800),
        run(`Week ${n + 1}: closed ${n} tickets`, 50, 788),
        run('More body', 50, 776),
      ]),
    });
    const texts = removeRepeatedMargins([dense(1), dense(5), dense(9)]).map((lines) => lines.length);
    expect(texts).toEqual([3, 3, 3]);
  });
});
