// The sentences the report page shows when a report cannot be written or kept, from the one
// mapping in ui/failure.ts.
import { storeReason, writingFailure, type Failure, type WritingTask } from '../../ui/failure';

export type ReportFailure = Failure;

const REPORT: WritingTask = {
  noun: 'report',
  unconfiguredCode: 'report_unconfigured',
  meanwhile: 'Your transcript and speaking stats are below.',
};

export function reportFailure(err: unknown): ReportFailure {
  return writingFailure(err, REPORT);
}

export const INVALID_REPORT: ReportFailure = {
  message: 'The report that came back was incomplete, so it was not shown. Try again.',
  settings: false,
};

export const NOTHING_TO_ASSESS =
  'There are no answers from you in this transcript, so there is nothing to write a report on. Practise again and answer at least one question.';

/** The report was written but not kept: it is still shown, and this says what that means. */
export function saveFailure(err: unknown): string {
  return `The report is shown below but could not be saved on this device${storeReason(err)}. It will be gone when you leave this page; print it or save it as a PDF to keep it.`;
}
