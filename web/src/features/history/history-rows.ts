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
  /** Too little was said to judge (the record's judgement): no score, and out of the chart. */
  notEnoughToJudge?: true;
  /** Cut off by a crash or a closed tab ('unfinished'), or still running elsewhere ('live'). */
  status: InterviewRecord['status'];
}

export function buildHistoryRows(
  interviews: readonly InterviewRecord[],
  reports: readonly StoredReport[],
): HistoryRow[] {
  // A report may carry no overall score (null); an interview too thin to judge shows none.
  const scores = new Map(
    reports.flatMap((r) =>
      typeof r.report.overallScore === 'number' ? [[r.interviewId, r.report.overallScore] as const] : [],
    ),
  );
  return [...interviews]
    .sort((a, b) => b.createdAt - a.createdAt)
    .map((record) => {
      const notEnoughToJudge = record.judgement === 'not_enough_to_judge';
      const score = notEnoughToJudge ? undefined : scores.get(record.id);
      return {
        id: record.id,
        topic: record.setup.topic,
        level: record.setup.level,
        createdAt: record.createdAt,
        status: record.status,
        ...(notEnoughToJudge ? { notEnoughToJudge: true as const } : {}),
        ...(record.durationMs !== undefined ? { durationMs: record.durationMs } : {}),
        // A report without an overall score (not enough evidence) stays out of the chart.
        ...(typeof score === 'number' ? { score } : {}),
      };
    });
}
