// Writes the report for one interview: ask the API, check the answer against the report schema,
// drop every quote the candidate did not actually say, then keep it in the store. The check comes
// before storing so that nothing invented is ever saved or shown.
import type { InterviewRecord, Turn } from '../../lib/interview';
import { filterReportQuotes } from './quote-check';
import { interviewReportSchema } from '../../../../contracts/report-schema.ts';
import type { ApiClient } from '../../services/api/types';
import type { Store, StoredReport } from '../../services/storage/types';
import { buildReportRequest } from './report-request';
import { INVALID_REPORT, reportFailure, saveFailure, type ReportFailure } from './report-errors';

export type GenerationResult =
  | { ok: true; stored: StoredReport; droppedQuotes: number; saveError?: string }
  | { ok: false; failure: ReportFailure }
  | { ok: false; cancelled: true };

export interface GenerateDeps {
  api: Pick<ApiClient, 'report'>;
  store: Pick<Store, 'putReport'>;
  now?: () => number;
}

function isAbort(err: unknown, signal?: AbortSignal): boolean {
  return signal?.aborted === true || (err instanceof DOMException && err.name === 'AbortError');
}

export async function generateReport(
  deps: GenerateDeps,
  record: InterviewRecord,
  turns: readonly Turn[],
  signal?: AbortSignal,
): Promise<GenerationResult> {
  let answer: unknown;
  try {
    answer = await deps.api.report(buildReportRequest(record, turns), signal);
  } catch (err) {
    return isAbort(err, signal) ? { ok: false, cancelled: true } : { ok: false, failure: reportFailure(err) };
  }
  const parsed = interviewReportSchema.safeParse(answer);
  if (!parsed.success) return { ok: false, failure: INVALID_REPORT };
  const { report, dropped } = filterReportQuotes(parsed.data, turns);
  const stored: StoredReport = { interviewId: record.id, report, createdAt: (deps.now ?? Date.now)() };
  try {
    await deps.store.putReport(stored);
    return { ok: true, stored, droppedQuotes: dropped.length };
  } catch (err) {
    return { ok: true, stored, droppedQuotes: dropped.length, saveError: saveFailure(err) };
  }
}
