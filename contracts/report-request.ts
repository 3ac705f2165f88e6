import { z } from 'zod';
import { hasVisibleText } from './visible-text.ts';

// What the browser sends to POST /api/report: the interview setup and its transcript. Limits are
// generous for a 60-minute interview with a long CV, and small enough to bound the model bill.

const turnSchema = z.strictObject({
  role: z.enum(['interviewer', 'candidate']),
  text: z.string().max(20_000),
  startMs: z.number().int().min(0).optional(),
  endMs: z.number().int().min(0).optional(),
});

export const reportRequestSchema = z.strictObject({
  interview: z.strictObject({
    topic: z.string().trim().min(1).max(200),
    level: z.string().trim().min(1).max(40),
    jobDescription: z.string().max(30_000).optional(),
    cvText: z.string().max(60_000).optional(),
    /** How long the interview ran, and who ended it: the report reads a short one differently. */
    durationMs: z
      .number()
      .int()
      .min(0)
      .max(6 * 3_600_000)
      .optional(),
    plannedMinutes: z.number().int().min(1).max(120).optional(),
    endedBy: z.enum(['interviewer', 'candidate']).optional(),
  }),
  transcript: z.array(turnSchema).min(1).max(2_000),
});

export type ReportRequest = z.infer<typeof reportRequestSchema>;

/** True when the candidate said anything at all; without that there is nothing to assess. */
export function hasCandidateWords(req: ReportRequest): boolean {
  return req.transcript.some((turn) => turn.role === 'candidate' && hasVisibleText(turn.text));
}
