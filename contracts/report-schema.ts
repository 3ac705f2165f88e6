import { z } from 'zod';

// The written report, in two strictnesses of one shape:
// - `reportSchema`: what Gemini is asked for (as a JSON schema) and what a fresh answer must be,
//   whether the server or the browser (with the user's own key) asked;
// - `interviewReportSchema`: what the browser keeps and reads back. It is looser on purpose about
//   counts and lengths: a quote list may be empty once quote-check has dropped words the
//   transcript does not contain, and a report saved by an older version must still open.
// Both are written here, side by side, so a field is renamed once.

export const RUBRIC_KEYS = ['communication', 'domainKnowledge', 'structure', 'relevance'] as const;
export type RubricKey = (typeof RUBRIC_KEYS)[number];

const rubricScore = z.number().int().min(1).max(5).describe('1 = poor, 3 = adequate, 5 = excellent');
const sentence = z.string().trim().min(1).max(2000);
const quote = z
  .string()
  .trim()
  .min(1)
  .max(500)
  .describe("The candidate's own words, copied exactly from a candidate turn of the transcript");

const rubricEntrySchema = z.object({
  score: rubricScore,
  comment: sentence.describe('Why this score, in one or two sentences addressed to the candidate'),
  quotes: z.array(quote).min(1).max(2).describe('One or two verbatim quotes that are the evidence for the score'),
});

const improvementSchema = z.object({
  point: sentence.describe('What to improve, specifically'),
  tryThis: sentence.describe('A concrete way to say it next time, phrased as the candidate could say it'),
});

const perQuestionSchema = z.object({
  question: sentence.describe("The interviewer's question, shortened if long"),
  note: sentence.describe('How the answer went and what would make it stronger'),
  score: rubricScore,
});

export const reportSchema = z.object({
  overallScore: z.number().int().min(0).max(100).describe('Overall performance for the stated level, 0 to 100'),
  summary: sentence.describe('Three or four sentences on how the interview went'),
  rubric: z.object({
    communication: rubricEntrySchema.describe('Clarity, concision, confidence'),
    domainKnowledge: rubricEntrySchema.describe('Technical depth or knowledge of the field'),
    structure: rubricEntrySchema.describe('Organised answers, e.g. STAR for behavioural questions'),
    relevance: rubricEntrySchema.describe('Fit of the answers to the role and level'),
  }),
  strengths: z.array(sentence).min(1).max(6),
  improvements: z.array(improvementSchema).min(1).max(6),
  perQuestion: z.array(perQuestionSchema).max(30).describe('One entry per interviewer question that got an answer'),
  recommendation: sentence.describe('What to focus on before the real interview'),
  nextTopics: z.array(z.string().trim().min(1).max(200)).min(1).max(6).describe('Short topic names to practise next'),
});

/** A report as the model must write it. */
export type Report = z.infer<typeof reportSchema>;

const keptScore = z.number().int().min(1).max(5);

export const rubricEntryKeptSchema = z.object({
  score: keptScore,
  comment: z.string(),
  /** Verbatim words of the candidate; quote-check drops any that are not in the transcript. */
  quotes: z.array(z.string()),
});
export type RubricEntry = z.infer<typeof rubricEntryKeptSchema>;

const improvementKeptSchema = z.object({ point: z.string(), tryThis: z.string() });
export type Improvement = z.infer<typeof improvementKeptSchema>;

const perQuestionKeptSchema = z.object({
  question: z.string(),
  note: z.string(),
  /** Lets "Drill my weakest answer" find the question that scored worst. */
  score: keptScore,
});
export type PerQuestionNote = z.infer<typeof perQuestionKeptSchema>;

/** A report as the browser keeps it: the same fields, without the counts a fresh answer must meet. */
export const interviewReportSchema = z.object({
  overallScore: z.number().int().min(0).max(100),
  summary: z.string(),
  rubric: z.object({
    communication: rubricEntryKeptSchema,
    domainKnowledge: rubricEntryKeptSchema,
    structure: rubricEntryKeptSchema,
    relevance: rubricEntryKeptSchema,
  }),
  strengths: z.array(z.string()),
  improvements: z.array(improvementKeptSchema),
  perQuestion: z.array(perQuestionKeptSchema),
  recommendation: z.string(),
  nextTopics: z.array(z.string()),
});
export type InterviewReport = z.infer<typeof interviewReportSchema>;
