// What the report page sends to write a report: the setup and the transcript, within the limits
// the server accepts (token-server/src/report/request-schema.ts), so a long interview or CV is
// shortened here instead of being refused there.
import { hasVisibleText } from '../../../../contracts/visible-text.ts';
import type { InterviewRecord, Turn } from '../../lib/interview';
import type { ReportRequest } from '../../services/api/types';

export const REQUEST_LIMITS = {
  topic: 200,
  jobDescription: 30_000,
  cvText: 60_000,
  turnText: 20_000,
  turns: 2_000,
} as const;

const cap = (text: string, max: number): string => (text.length <= max ? text : text.slice(0, max));

function jobText(record: InterviewRecord): string | undefined {
  const job = record.setup.jobDescription;
  if (!job) return undefined;
  const text = [job.title.trim(), job.text.trim()].filter(Boolean).join('\n\n');
  return text ? cap(text, REQUEST_LIMITS.jobDescription) : undefined;
}

/** True when the candidate said anything: without that there is nothing to write a report on. */
export function hasCandidateWords(turns: readonly Turn[]): boolean {
  return turns.some((turn) => turn.role === 'candidate' && hasVisibleText(turn.text));
}

/** The turns as the report model sees them, in order and without empty ones: [N] is a position here. */
export function reportTurns(turns: readonly Turn[]): Turn[] {
  return [...turns].sort((a, b) => a.seq - b.seq).filter((turn) => turn.text.trim() !== '');
}

/**
 * The transcript goes without its empty turns, in order: the report's turn numbers ([N]) are
 * positions in this list, so a view that maps them back must leave out empty turns the same way.
 */
export function buildReportRequest(record: InterviewRecord, turns: readonly Turn[]): ReportRequest {
  const job = jobText(record);
  const cv = record.setup.cvText?.trim();
  const transcript = reportTurns(turns)
    .slice(0, REQUEST_LIMITS.turns)
    .map((turn) => ({
      role: turn.role,
      text: cap(turn.text, REQUEST_LIMITS.turnText),
      startMs: Math.max(0, Math.round(turn.startMs)),
      endMs: Math.max(0, Math.round(turn.endMs)),
    }));
  return {
    interview: {
      topic: cap(record.setup.topic.trim(), REQUEST_LIMITS.topic),
      level: record.setup.level,
      ...(job ? { jobDescription: job } : {}),
      ...(cv ? { cvText: cap(cv, REQUEST_LIMITS.cvText) } : {}),
      ...(record.durationMs !== undefined ? { durationMs: Math.round(record.durationMs) } : {}),
      plannedMinutes: record.setup.lengthMinutes,
      ...(record.endedBy ? { endedBy: record.endedBy } : {}),
    },
    transcript,
  };
}
