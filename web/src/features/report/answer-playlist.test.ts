import { describe, expect, it } from 'vitest';
import { answerPlaylist, step } from './answer-playlist';
import { turnSpans } from './replay-sync';

// Turn 1 asks, 2 and 4 are one answer given in two parts, 3 is the interviewer's "go on".
const spans = turnSpans(
  [
    { seq: 1, offsetMs: 0 },
    { seq: 2, offsetMs: 3_000 },
    { seq: 3, offsetMs: 8_000 },
    { seq: 4, offsetMs: 9_000 },
    { seq: 5, offsetMs: 15_000 },
  ],
  20_000,
);

describe('answerPlaylist', () => {
  it('plays every turn of an answer in recording order, skipping what was said between them', () => {
    expect(answerPlaylist(spans, [4, 2])).toEqual([
      { startMs: 3_000, endMs: 8_000 },
      { startMs: 9_000, endMs: 15_000 },
    ]);
  });

  it('joins turns that follow each other into one stretch', () => {
    expect(answerPlaylist(spans, [3, 4])).toEqual([{ startMs: 8_000, endMs: 15_000 }]);
  });

  it('leaves out turns said before the recording began', () => {
    expect(answerPlaylist(spans, [2, 99])).toEqual([{ startMs: 3_000, endMs: 8_000 }]);
  });
});

describe('step', () => {
  const queue = answerPlaylist(spans, [2, 4]);

  it('goes on inside the part being heard', () => {
    expect(step(queue, 7_999)).toEqual({ kind: 'play' });
  });

  it('jumps to the next part when one ends, and pauses after the last', () => {
    const jump = step(queue, 8_000);
    expect(jump).toEqual({ kind: 'seek', toMs: 9_000, rest: [{ startMs: 9_000, endMs: 15_000 }] });
    if (jump.kind !== 'seek') throw new Error('expected a seek');
    expect(step(jump.rest, 12_000)).toEqual({ kind: 'play' });
    expect(step(jump.rest, 15_000)).toEqual({ kind: 'pause' });
  });
});
