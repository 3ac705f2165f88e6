// What History reads back from the store, sorted into rows it can show and records it cannot.
// The store hands back whatever it holds; a record written by an older version, or edited by
// hand, may have a date no formatter accepts, and one such record used to lock the whole page.
// So every interview and report is checked here first (lib/record-schemas.ts); anything that
// fails is listed as damaged, with its id so it can still be deleted on its own.
import type { InterviewRecord } from '../../lib/interview';
import { checkRecord, interviewRecordSchema, storedReportSchema } from '../../lib/record-schemas';
import type { StoredReport } from '../../services/storage/types';
import { buildHistoryRows, type HistoryRow } from './history-rows';

/** A stored interview that cannot be shown; without an id only "Delete all" can remove it. */
export interface DamagedRecord {
  id?: string;
}

export interface SortedHistory {
  rows: HistoryRow[];
  damaged: DamagedRecord[];
}

export function sortHistoryRecords(interviews: readonly unknown[], reports: readonly unknown[]): SortedHistory {
  const damagedIds = new Set<string>();
  const damagedWithoutId: DamagedRecord[] = [];
  const goodReports: StoredReport[] = [];
  for (const raw of reports) {
    const checked = checkRecord(storedReportSchema, raw, 'interviewId');
    if (checked.ok) goodReports.push(checked.value);
    else if (checked.id !== undefined) damagedIds.add(checked.id);
  }
  const goodInterviews: InterviewRecord[] = [];
  for (const raw of interviews) {
    const checked = checkRecord(interviewRecordSchema, raw);
    if (!checked.ok) {
      if (checked.id === undefined) damagedWithoutId.push({});
      else damagedIds.add(checked.id);
    } else if (!damagedIds.has(checked.value.id)) goodInterviews.push(checked.value);
  }
  return {
    rows: buildHistoryRows(goodInterviews, goodReports),
    damaged: [...[...damagedIds].map((id) => ({ id })), ...damagedWithoutId],
  };
}
