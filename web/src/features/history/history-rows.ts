// History's list: one row per interview, newest first, with its score when it has a report.
import type { InterviewRecord, Level } from '../../lib/interview';
import type { StoredReport } from '../../services/storage/types';

export interface HistoryRow {
  id: string;
  topic: string;
  level: Level;
  createdAt: number;
  /** Unknown while an interview is still running. */
  durationMs?: number;
  score?: number;
  /** Cut off by a crash or a closed tab ('unfinished'), or still running elsewhere ('live'). */
  status: InterviewRecord['status'];
}

export function buildHistoryRows(interviews: readonly InterviewRecord[], reports: readonly StoredReport[]): HistoryRow[] {
  const scores = new Map(reports.map((r) => [r.interviewId, r.report.overallScore]));
  return [...interviews]
    .sort((a, b) => b.createdAt - a.createdAt)
    .map((record) => {
      const score = scores.get(record.id);
      return {
        id: record.id,
        topic: record.setup.topic,
        level: record.setup.level,
        createdAt: record.createdAt,
        status: record.status,
        ...(record.durationMs !== undefined ? { durationMs: record.durationMs } : {}),
        ...(score !== undefined ? { score } : {}),
      };
    });
}

/** "Drill (System design): How would you shard?" counts towards "System design" in the chart. */
export function chartTopic(topic: string): string {
  const drill = /^Drill \((.*?)\): /s.exec(topic);
  return (drill?.[1] ?? topic).trim();
}
