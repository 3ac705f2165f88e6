import { describe, expect, it } from 'vitest';
import type { Turn } from '../../lib/interview';
import { makeInterview, makeReport } from '../../services/storage/test-fixtures';
import { buildTrendPoints, pointLabels } from './trend-points';

const DAY = 86_400_000;
const start = Date.UTC(2026, 11, 1, 9, 0);

/** An answer of `words` words whose voice was heard for `ms`, with two fillers. */
function answer(seq: number, words: number, ms: number): Turn {
  const text = ['um', 'uh', ...Array.from({ length: words - 2 }, (_, i) => `word${i}`)].join(' ');
  const startMs = seq * 60_000;
  return {
    seq,
    role: 'candidate',
    text,
    startMs,
    endMs: startMs + ms,
    speech: [{ startMs, endMs: startMs + ms, voicedMs: ms }],
  };
}

describe('trend points', () => {
  it('gives one point per reported interview, oldest first, with scores, pace and fillers', () => {
    const interviews = [
      makeInterview('new', start + DAY),
      makeInterview('old', start),
      makeInterview('no-report', start + 2 * DAY),
    ];
    const reports = [makeReport('old', 60), makeReport('new', 75)];
    const turns = new Map([['new', [answer(1, 100, 40_000)]]]);
    const points = buildTrendPoints(interviews, reports, turns);
    expect(points.map((p) => p.id)).toEqual(['old', 'new']);
    expect(points[1]).toMatchObject({
      overall: 75,
      rubric: { communication: 4, structure: 3 },
      wordsPerMinute: 150,
      fillersPer100: 2,
    });
    // No speaking time: no pace and no fillers rate, rather than a zero that would pull the line down.
    expect(points[0]).toMatchObject({ wordsPerMinute: null, fillersPer100: null });
  });

  it('draws no pace for an interview whose voice was not timed or whose answers were typed', () => {
    const interviews = [makeInterview('untimed', start), makeInterview('typed', start + DAY)];
    const reports = [makeReport('untimed', 60), makeReport('typed', 70)];
    const { speech: _untimed, ...untimed } = answer(1, 100, 40_000);
    const typed: Turn = { ...untimed, typed: true, endMs: untimed.startMs };
    const points = buildTrendPoints(
      interviews,
      reports,
      new Map([
        ['untimed', [untimed]],
        ['typed', [typed]],
      ]),
    );
    expect(points.map((p) => p.wordsPerMinute)).toEqual([null, null]);
    // Fillers are a speaking habit: the typed answer's "um" does not count.
    expect(points.map((p) => p.fillersPer100)).toEqual([2, null]);
  });

  it('leaves out interviews judged too thin to score, and keeps null scores as gaps', () => {
    const thin = { ...makeInterview('thin', start), judgement: 'not_enough_to_judge' as const };
    const partial = makeReport('partial', 50);
    const unscored = {
      ...partial,
      report: {
        ...partial.report,
        overallScore: null as unknown as number,
        rubric: { ...partial.report.rubric, structure: { score: null as unknown as number, comment: '', quotes: [] } },
      },
    };
    const points = buildTrendPoints(
      [thin, makeInterview('partial', start + 1)],
      [makeReport('thin'), unscored],
      new Map(),
    );
    expect(points.map((p) => p.id)).toEqual(['partial']);
    expect(points[0]?.overall).toBeNull();
    expect(points[0]?.rubric.structure).toBeNull();
    expect(points[0]?.rubric.communication).toBe(4);
  });

  it('adds the time to the date only when several interviews share a day', () => {
    const points = buildTrendPoints(
      [makeInterview('a', start), makeInterview('b', start + 3 * 3_600_000), makeInterview('c', start + 2 * DAY)],
      [makeReport('a'), makeReport('b'), makeReport('c')],
      new Map(),
    );
    const labels = pointLabels(points, 'en-GB');
    expect(labels[0]).toMatch(/1 Dec 2026, \d\d:\d\d/);
    expect(labels[1]).toMatch(/1 Dec 2026, \d\d:\d\d/);
    expect(labels[0]).not.toBe(labels[1]);
    expect(labels[2]).toBe('3 Dec 2026');
  });
});
