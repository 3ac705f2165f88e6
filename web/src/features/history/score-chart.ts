// The progress chart's geometry, drawn by hand in SVG: one line per topic, score (0–100) up,
// time across. Pure numbers so the scaling can be tested; ScoreChart.tsx only draws them.
import type { HistoryRow } from './history-rows';
import { chartTopic } from './history-rows';

export interface ChartSize {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export const CHART: ChartSize = { width: 640, height: 260, left: 40, right: 16, top: 14, bottom: 30 };
/** For phones: drawn at about the size it is shown, so the labels stay readable. */
export const NARROW_CHART: ChartSize = { width: 340, height: 220, left: 34, right: 12, top: 12, bottom: 28 };
/** Six lines is as many as a reader can tell apart; more topics are listed in the table only. */
export const MAX_SERIES = 6;

export interface ChartPoint {
  id: string;
  x: number;
  y: number;
  score: number;
  createdAt: number;
}

export interface ChartSeries {
  topic: string;
  /** 0-based, for the colour and marker shape. */
  index: number;
  points: ChartPoint[];
  /** An SVG path through the points, oldest first. */
  path: string;
}

export interface ChartModel {
  size: ChartSize;
  series: ChartSeries[];
  /** Topics left out of the drawing (too many to tell apart). */
  hiddenTopics: string[];
  yTicks: { value: number; y: number }[];
  /** The first and last dates, for the x axis. */
  xRange: { from: number; to: number };
}

const round = (n: number): number => Math.round(n * 10) / 10;

export function yForScore(score: number, size: ChartSize = CHART): number {
  const clamped = Math.min(100, Math.max(0, score));
  const plotHeight = size.height - size.top - size.bottom;
  return round(size.top + plotHeight * (1 - clamped / 100));
}

/** Time scaled across the plot; a single moment sits in the middle. */
export function xForTime(time: number, from: number, to: number, size: ChartSize = CHART): number {
  const plotWidth = size.width - size.left - size.right;
  if (to <= from) return round(size.left + plotWidth / 2);
  return round(size.left + (plotWidth * (time - from)) / (to - from));
}

/** Scored interviews grouped by topic, the topics with most interviews first (then the newest). */
function groupByTopic(rows: readonly HistoryRow[]): { topic: string; rows: HistoryRow[] }[] {
  const groups = new Map<string, { topic: string; rows: HistoryRow[] }>();
  for (const row of rows) {
    if (row.score === undefined) continue;
    const topic = chartTopic(row.topic);
    const key = topic.toLocaleLowerCase();
    const group = groups.get(key) ?? { topic, rows: [] };
    group.rows.push(row);
    groups.set(key, group);
  }
  const newest = (g: { rows: HistoryRow[] }) => Math.max(...g.rows.map((r) => r.createdAt));
  return [...groups.values()].sort((a, b) => b.rows.length - a.rows.length || newest(b) - newest(a));
}

export function buildScoreChart(rows: readonly HistoryRow[], size: ChartSize = CHART): ChartModel {
  const groups = groupByTopic(rows);
  const shown = groups.slice(0, MAX_SERIES);
  const times = shown.flatMap((g) => g.rows.map((r) => r.createdAt));
  const from = times.length ? Math.min(...times) : 0;
  const to = times.length ? Math.max(...times) : 0;
  const series = shown.map((group, index) => {
    const points = [...group.rows]
      .sort((a, b) => a.createdAt - b.createdAt)
      .map((r) => ({ id: r.id, score: r.score ?? 0, createdAt: r.createdAt, x: xForTime(r.createdAt, from, to, size), y: yForScore(r.score ?? 0, size) }));
    const path = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x} ${p.y}`).join(' ');
    return { topic: group.topic, index, points, path };
  });
  return {
    size,
    series,
    hiddenTopics: groups.slice(MAX_SERIES).map((g) => g.topic),
    yTicks: [0, 25, 50, 75, 100].map((value) => ({ value, y: yForScore(value, size) })),
    xRange: { from, to },
  };
}

/** A sentence per line for screen readers: "System design: 3 interviews, from 54 to 78." */
export function describeSeries(series: ChartSeries): string {
  const first = series.points[0];
  const last = series.points.at(-1);
  if (!first || !last) return `${series.topic}: no scores.`;
  if (series.points.length === 1) return `${series.topic}: 1 interview, scored ${first.score}.`;
  return `${series.topic}: ${series.points.length} interviews, from ${first.score} to ${last.score}.`;
}
