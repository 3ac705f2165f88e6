import { z } from 'zod';
import { languageCodeSchema } from './language-code.ts';

// What the browser sends to POST /api/prep: the setup a candidate filled in, before any
// interview. Only the topic is required; the CV and job description make the pack specific.
// The limits match POST /api/report, so one setup fits both.

export const prepRequestSchema = z.strictObject({
  topic: z.string().trim().min(1).max(200),
  level: z.string().trim().min(1).max(40),
  /** BCP-47, e.g. "en-GB": the pack is written in the language the interview will be held in. */
  languageCode: languageCodeSchema.optional(),
  cvText: z.string().max(60_000).optional(),
  jobTitle: z.string().max(200).optional(),
  jobDescription: z.string().max(30_000).optional(),
});

export type PrepRequest = z.infer<typeof prepRequestSchema>;

/** Which of the optional inputs carry any text; the prompt and the "sharpen" advice use this. */
export function providedInputs(req: PrepRequest): { cv: boolean; job: boolean } {
  return {
    cv: Boolean(req.cvText?.trim()),
    job: Boolean(req.jobDescription?.trim() || req.jobTitle?.trim()),
  };
}
