import { z } from 'zod';
import { interviewReportSchema } from '../../../contracts/report-schema.ts';
import { displayableDate, interviewMs, MAX_TURN_CHARS } from './display-ranges';
import { interviewSetupSchema } from './interview-setup-schema';

// The stored records (lib/interview.ts, services/storage/types.ts) as schemas with the ranges
// the app can display. A backup is checked against them before anything is imported, and
// screens check what they read back from this device's store, so a record damaged by an older
// version or by hand is shown as damaged instead of breaking the page.

export const recordId = z.string().min(1).max(200);

export const interviewRecordSchema = z.object({
  id: recordId,
  setup: interviewSetupSchema,
  status: z.enum(['live', 'ended', 'unfinished']),
  createdAt: displayableDate,
  endedAt: displayableDate.optional(),
  durationMs: interviewMs.optional(),
  judgement: z.literal('not_enough_to_judge').optional(),
  endedBy: z.enum(['interviewer', 'candidate']).optional(),
});

/** Far above the voiced stretches of one turn (a pause every second for half an hour). */
export const MAX_SPEECH_SPANS = 2_000;

export const speechSpanSchema = z
  .object({ startMs: interviewMs, endMs: interviewMs, voicedMs: interviewMs })
  .refine(
    (span) => span.endMs >= span.startMs && span.voicedMs <= span.endMs - span.startMs,
    'is not a span of voice (its end is before its start, or it holds more voice than time)',
  );

export const turnSchema = z.object({
  seq: z.number().int().min(0),
  role: z.enum(['interviewer', 'candidate']),
  text: z.string().max(MAX_TURN_CHARS),
  startMs: interviewMs,
  endMs: interviewMs,
  interrupted: z.boolean().optional(),
  typed: z.literal(true).optional(),
  speech: z.array(speechSpanSchema).max(MAX_SPEECH_SPANS).optional(),
});

export const storedReportSchema = z.object({
  interviewId: recordId,
  report: interviewReportSchema,
  createdAt: displayableDate,
});

export const prepPackRecordSchema = z.object({
  id: recordId,
  createdAt: displayableDate,
  interviewId: recordId.optional(),
  pack: z.unknown().refine((pack): boolean => pack !== undefined, 'the pack itself is missing'),
});

/** A stored value that passed its schema, or the reason it did not. */
export type Checked<T> = { ok: true; value: T } | { ok: false; id?: string };

/**
 * Checks one stored value; a failure keeps the record's id (read from `idField`, when it is
 * text) so the record can still be deleted.
 */
export function checkRecord<T>(schema: z.ZodType<T>, raw: unknown, idField: 'id' | 'interviewId' = 'id'): Checked<T> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  const id: unknown = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>)[idField] : undefined;
  return typeof id === 'string' ? { ok: false, id } : { ok: false };
}
