// The sentences the report page shows when a report cannot be written or kept. Each says what
// happened and what to do; `settings` marks the failures the Settings screen can fix.
import { ApiError } from '../../services/api/types';
import { StoreError } from '../../services/storage/types';

export interface ReportFailure {
  message: string;
  /** Show a link to Settings (access code, server address, own key). */
  settings: boolean;
}

const UNCONFIGURED =
  'This Mockingbird server is not set up to write reports: it has no Gemini key. Your transcript and speaking stats are below. ' +
  'The server’s owner can set GEMINI_API_KEY, or you can add your own Gemini key in Settings and try again.';

const SETTINGS_CODES = new Set(['access_code_required', 'access_code_invalid', 'gemini_key_rejected', 'model_unavailable', 'origin_forbidden']);

export function reportFailure(err: unknown): ReportFailure {
  if (err instanceof ApiError) {
    if (err.code === 'report_unconfigured') return { message: UNCONFIGURED, settings: true };
    return { message: err.message, settings: SETTINGS_CODES.has(err.code) };
  }
  return { message: 'Something went wrong while writing the report. Try again.', settings: false };
}

export const INVALID_REPORT: ReportFailure = {
  message: 'The report that came back was incomplete, so it was not shown. Try again.',
  settings: false,
};

export const NOTHING_TO_ASSESS =
  'There are no answers from you in this transcript, so there is nothing to write a report on. Practise again and answer at least one question.';

/** The report was written but not kept: it is still shown, and this says what that means. */
export function saveFailure(err: unknown): string {
  const why = err instanceof StoreError ? ` (${err.message.replace(/\.$/, '')})` : '';
  return `The report is shown below but could not be saved on this device${why}. It will be gone when you leave this page; print it or save it as a PDF to keep it.`;
}
