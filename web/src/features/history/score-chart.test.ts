import { describe, expect, it } from 'vitest';
import type { HistoryRow } from './history-rows';
import { buildScoreChart, CHART, describeSeries, MAX_SERIES, NARROW_CHART, xForTime, yForScore } from './score-chart';

const DAY = 86_400_000;
const row = (id: string, topic: string, day: number, score?: number): HistoryRow => ({
  id,
  topic,
  level: 'Intermediate',
  createdAt: day * DAY,
  status: 'ended',
  ...(score !== undefined ? { score } : {}),
});

describe('chart scaling', () => {
  it('puts 100 at the top of the plot and 0 at the bottom, clamping anything outside', () => {
    expect(yForScore(100)).toBe(CHART.top);
    expect(yForScore(0)).toBe(CHART.height - CHART.bottom);
    expect(yForScore(50)).toBe((CHART.top + CHART.height - CHART.bottom) / 2);
    expect(yForScore(140)).toBe(CHART.top);
  });

  it('spreads time across the plot and centres a single moment', () => {
    expect(xForTime(10, 10, 20)).toBe(CHART.left);
    expect(xForTime(20, 10, 20)).toBe(CHART.width - CHART.right);
    expect(xForTime(5, 5, 5)).toBe((CHART.left + CHART.width - CHART.right) / 2);
  });
});

describe('buildScoreChart', () => {
  it('draws one line per topic through its scores, oldest first, leaving out unscored interviews', () => {
    const chart = buildScoreChart([row('c', 'System design', 3, 78), row('u', 'System design', 2), row('a', 'System design', 1, 54), row('b', 'SQL', 2, 60)]);
    expect(chart.series.map((s) => s.topic)).toEqual(['System design', 'SQL']);
    const [design] = chart.series;
    expect(design?.points.map((p) => p.score)).toEqual([54, 78]);
    expect(design?.path).toBe(`M${CHART.left} ${yForScore(54)} L${CHART.width - CHART.right} ${yForScore(78)}`);
  });

  it('draws the same lines at phone size within the smaller plot', () => {
    const chart = buildScoreChart([row('a', 'SQL', 1, 0), row('b', 'SQL', 2, 100)], NARROW_CHART);
    expect(chart.series[0]?.points.map((p) => [p.x, p.y])).toEqual([
      [NARROW_CHART.left, NARROW_CHART.height - NARROW_CHART.bottom],
      [NARROW_CHART.width - NARROW_CHART.right, NARROW_CHART.top],
    ]);
  });

  it('counts drills and differently-cased topics towards the same line', () => {
    const chart = buildScoreChart([row('a', 'System design', 1, 50), row('b', 'Drill (system design): How would you shard?', 2, 70)]);
    expect(chart.series).toHaveLength(1);
    expect(chart.series[0]?.points).toHaveLength(2);
  });

  it('draws at most six topics, the most practised, and names the rest', () => {
    const rows = Array.from({ length: MAX_SERIES + 2 }, (_, i) => row(`r${i}`, `Topic ${i}`, i, 50));
    rows.push(row('extra', 'Topic 7', 20, 60));
    const chart = buildScoreChart(rows);
    expect(chart.series).toHaveLength(MAX_SERIES);
    expect(chart.series[0]?.topic).toBe('Topic 7');
    expect(chart.hiddenTopics).toHaveLength(2);
  });

  it('describes each line in words', () => {
    const chart = buildScoreChart([row('a', 'SQL', 1, 40), row('b', 'SQL', 2, 65), row('c', 'Go', 3, 70)]);
    expect(chart.series.map(describeSeries)).toEqual(['SQL: 2 interviews, from 40 to 65.', 'Go: 1 interview, scored 70.']);
  });
});
