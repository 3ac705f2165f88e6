import { z } from 'zod';
import { parseModelJson, responseJsonSchema } from '../upstream/model-json.ts';

// The written report: what the server asks Gemini for (as a JSON schema) and what it accepts
// back (the same schema, checked with zod). The browser keeps its own copy of this shape in
// web/src/lib/report-types.ts; the field names must stay the same in both.

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

export type Report = z.infer<typeof reportSchema>;

/** The schema sent to Gemini as `responseJsonSchema`. */
export const reportJsonSchema: Record<string, unknown> = responseJsonSchema(reportSchema);

/** Parses the model's text, or undefined when it is not valid JSON of this shape. */
export function parseReport(text: string | undefined): Report | undefined {
  return parseModelJson(reportSchema, text);
}
