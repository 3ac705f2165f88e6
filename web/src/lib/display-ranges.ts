import { z } from 'zod';

// The ranges of stored numbers that the app can show. A date outside what Date and Intl accept
// (beyond ±8.64e15 ms) makes toISOString and Intl.DateTimeFormat throw, and one such record in
// a backup used to lock the History page. Every record that comes from outside the running app
// (a backup, this device's store) is checked against these before a screen uses it. The
// bounds are generous for real data and far inside what the formatters accept.

/** 1 January 1970, the start of epoch time: nothing stored is older. */
export const EARLIEST_DATE_MS = 0;
/** 1 January 2200. */
export const LATEST_DATE_MS = Date.UTC(2200, 0, 1);
/** An interview lasts at most an hour; a day leaves room for a tab left open. */
export const MAX_INTERVIEW_MS = 24 * 60 * 60 * 1000;
/** Far above any spoken turn, yet small enough to render and to send in a report request. */
export const MAX_TURN_CHARS = 100_000;

const dateMessage = 'is not a date between the years 1970 and 2200';

/** Epoch milliseconds of a moment the app can display. */
export const displayableDate = z.number().int().min(EARLIEST_DATE_MS, dateMessage).max(LATEST_DATE_MS, dateMessage);

/** A time within an interview, or an interview's length, in milliseconds. */
export const interviewMs = z.number().min(0).max(MAX_INTERVIEW_MS, 'is longer than a day');

/** True when `epochMs` is a date the app can display. */
export function isDisplayableDate(epochMs: unknown): epochMs is number {
  return displayableDate.safeParse(epochMs).success;
}
