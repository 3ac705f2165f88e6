import { describe, expect, it } from 'vitest';
import type { TrendPoint } from './trend-points';
import { describeChart, trendCharts } from './trend-series';

const point = (overall: number | null, wpm: number | null): TrendPoint => ({
  id: String(overall),
  at: 0,
  topic: 'System design',
  overall,
  rubric: { communication: 3, domainKnowledge: null, structure: 4, relevance: 2 },
  wordsPerMinute: wpm,
  fillersPer100: null,
});

describe('trend charts', () => {
  it('draws overall, rubric and pace, leaving out a chart and a line with no values', () => {
    const charts = trendCharts([point(60, 140), point(null, 150), point(72, null)]);
    expect(charts.map((c) => c.id)).toEqual(['overall', 'rubric', 'pace']);
    expect(charts[0]?.lines[0]?.values).toEqual([60, null, 72]);
    expect(charts[1]?.lines.map((l) => l.label)).toEqual(['Communication', 'Structure', 'Relevance']);
  });

  it('describes each line from its first to its latest known value', () => {
    const [overall] = trendCharts([point(60, null), point(null, null), point(72, null)]);
    expect(describeChart(overall!)).toBe('Overall score (out of 100). Overall: from 60 to 72 over 2 interviews.');
  });
});
