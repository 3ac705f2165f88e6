// History's trends as numbers: one point per judged interview, oldest first, with the overall
// score, each rubric score, words per minute and fillers per 100 words. Interviews judged too thin
// to score are left out; a missing figure is null and the chart skips it rather than drawing 0.
import { RUBRIC_KEYS, type RubricKey } from '../../../../contracts/report-schema.ts';
import type { InterviewRecord, Turn } from '../../lib/interview';
import { computeSpeakingStats } from '../../lib/speaking-stats';
import type { StoredReport } from '../../services/storage/types';

export interface TrendPoint {
  id: string;
  at: number;
  topic: string;
  overall: number | null;
  rubric: Record<RubricKey, number | null>;
  wordsPerMinute: number | null;
  fillersPer100: number | null;
}

const orNull = (value: number | null | undefined): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;
const rounded = (value: number | null, digits: number): number | null =>
  value === null ? null : Number(value.toFixed(digits));

export function buildTrendPoints(
  interviews: readonly InterviewRecord[],
  reports: readonly StoredReport[],
  turnsById: ReadonlyMap<string, readonly Turn[]>,
): TrendPoint[] {
  const reportById = new Map(reports.map((r) => [r.interviewId, r]));
  const points: TrendPoint[] = [];
  for (const record of [...interviews].sort((a, b) => a.createdAt - b.createdAt)) {
    const stored = reportById.get(record.id);
    // Too little was said to judge: the record says so, and the trends leave it out.
    if (!stored || record.judgement === 'not_enough_to_judge') continue;
    const stats = computeSpeakingStats(turnsById.get(record.id) ?? [], record.setup.languageCode);
    const rubric = Object.fromEntries(
      RUBRIC_KEYS.map((key) => [key, orNull(stored.report.rubric[key].score)]),
    ) as Record<RubricKey, number | null>;
    points.push({
      id: record.id,
      at: record.createdAt,
      topic: record.setup.topic,
      overall: orNull(stored.report.overallScore),
      rubric,
      wordsPerMinute: rounded(orNull(stats.wordsPerMinute), 0),
      fillersPer100: rounded(orNull(stats.fillers.perHundredWords), 1),
    });
  }
  return points;
}

/** The date, with the time too when another interview falls on the same day. */
export function pointLabels(points: readonly TrendPoint[], locale?: string): string[] {
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  const dayAndTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const perDay = new Map<string, number>();
  for (const p of points) perDay.set(day.format(p.at), (perDay.get(day.format(p.at)) ?? 0) + 1);
  return points.map((p) => ((perDay.get(day.format(p.at)) ?? 0) > 1 ? dayAndTime.format(p.at) : day.format(p.at)));
}
