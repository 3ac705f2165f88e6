import { z } from 'zod';

// The written report's shape on the browser side. The server validates Gemini's answer against
// its own schema (token-server/src/report/schema.ts); this copy lets the browser check what it
// receives, store it, and validate it again when a backup is imported. Field names and score
// ranges are the server's; the browser is looser on purpose about counts and lengths (a quote
// list may be empty once quote-check has dropped what the transcript does not contain, and a
// report saved by an older server must still load). Keep the field names in step.

export const RUBRIC_KEYS = ['communication', 'domainKnowledge', 'structure', 'relevance'] as const;
export type RubricKey = (typeof RUBRIC_KEYS)[number];

/** A 1–5 rubric score. */
const rubricScore = z.number().int().min(1).max(5);

export const rubricEntrySchema = z.object({
  score: rubricScore,
  comment: z.string(),
  /** Verbatim words of the candidate; quote-check drops any that are not in the transcript. */
  quotes: z.array(z.string()),
});
export type RubricEntry = z.infer<typeof rubricEntrySchema>;

export const improvementSchema = z.object({
  point: z.string(),
  /** A concrete "try saying it like this". */
  tryThis: z.string(),
});
export type Improvement = z.infer<typeof improvementSchema>;

export const perQuestionNoteSchema = z.object({
  question: z.string(),
  note: z.string(),
  /** Lets "Drill my weakest answer" find the question that scored worst. */
  score: rubricScore,
});
export type PerQuestionNote = z.infer<typeof perQuestionNoteSchema>;

export const interviewReportSchema = z.object({
  overallScore: z.number().int().min(0).max(100),
  summary: z.string(),
  rubric: z.object({
    communication: rubricEntrySchema,
    domainKnowledge: rubricEntrySchema,
    structure: rubricEntrySchema,
    relevance: rubricEntrySchema,
  }),
  strengths: z.array(z.string()),
  improvements: z.array(improvementSchema),
  perQuestion: z.array(perQuestionNoteSchema),
  recommendation: z.string(),
  nextTopics: z.array(z.string()),
});
export type InterviewReport = z.infer<typeof interviewReportSchema>;
