import { describe, expect, it } from 'vitest';
import { makeInterview, makeReport } from '../../services/storage/test-fixtures';
import { buildHistoryRows } from './history-rows';

describe('buildHistoryRows', () => {
  it('lists every interview newest first, with its score when it has a report', () => {
    const rows = buildHistoryRows(
      [makeInterview('old', 1_000), makeInterview('new', 3_000), makeInterview('cut', 2_000, 'unfinished')],
      [makeReport('old', 64)],
    );
    expect(rows.map((r) => [r.id, r.score, r.status])).toEqual([
      ['new', undefined, 'ended'],
      ['cut', undefined, 'unfinished'],
      ['old', 64, 'ended'],
    ]);
    expect(rows[2]).toMatchObject({ topic: 'System design', level: 'Intermediate', durationMs: 60_000 });
  });

  it('gives an interview too thin to judge no score, even from an older report, so the chart leaves it out', () => {
    const thin = { ...makeInterview('thin', 2_000), judgement: 'not_enough_to_judge' as const };
    const rows = buildHistoryRows(
      [thin, makeInterview('full', 1_000)],
      [makeReport('thin', 90), makeReport('full', 70)],
    );
    expect(rows.map((r) => [r.id, r.score, r.notEnoughToJudge])).toEqual([
      ['thin', undefined, true],
      ['full', 70, undefined],
    ]);
  });
});
