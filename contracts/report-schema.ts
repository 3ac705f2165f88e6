import { z } from 'zod';
import { CRITERIA, type RubricKey } from './report-rubric.ts';
import { upgradeLegacyReport } from './report-upgrade.ts';

// The written report (see /work/team/REPORT-CONTRACT.md), in two strictnesses of one shape:
// - `reportSchema`: what Gemini is asked for (as a JSON schema) and what a fresh answer must be,
//   whether the server or the browser (with the user's own key) asked. Keys are in writing order:
//   evidence first, `overallScore` last, so the number is written after what it rests on.
// - `interviewReportSchema`: what the browser keeps and reads back. Looser on counts and lengths
//   (quote-check may empty a quote list), and it upgrades a report stored in the older shape.

export { RUBRIC_KEYS, type RubricKey } from './report-rubric.ts';

const rubricScore = z.number().int().min(1).max(5);
const sentence = z.string().trim().min(1).max(2000);
const quote = z
  .string()
  .trim()
  .min(1)
  .max(500)
  .describe("The candidate's own words, copied exactly from a candidate turn of the transcript");

function rubricEntry(key: RubricKey) {
  const { judges, anchors } = CRITERIA[key];
  return z
    .object({
      score: rubricScore
        .nullable()
        .describe(`${anchors.map((a, i) => `${i + 1} = ${a}`).join('; ')}; null = not enough evidence`),
      comment: sentence.describe(
        'Why this score (or why there is not enough evidence), in one or two sentences addressed to the candidate',
      ),
      quotes: z
        .array(quote)
        .max(2)
        .describe('One or two verbatim quotes that are the evidence; at least one for a score, none needed for null'),
    })
    .refine((e) => e.score === null || e.quotes.length > 0, {
      message: 'a score needs at least one quote',
      path: ['quotes'],
    })
    .describe(judges);
}

const improvementSchema = z.object({
  point: sentence.describe('What to improve, specifically'),
  tryThis: sentence.describe(
    'A concrete way to say it next time, phrased as the candidate could say it, with [placeholders] for facts they did not give',
  ),
});

const turnNumber = z.number().int().min(1);

const perQuestionSchema = z.object({
  questionTurn: turnNumber.describe('The [N] of the interviewer turn that asked this main question'),
  question: sentence.describe("The interviewer's question, shortened if long"),
  answerTurns: z
    .array(turnNumber)
    .max(20)
    .describe('The [N] of the candidate turns that answer it, follow-ups included'),
  score: rubricScore
    .nullable()
    .describe('1 to 5 as for the rubric, 3 = meets the bar for this level; null when the answer is too short to judge'),
  whatWorked: z.string().trim().max(2000).describe('What worked in the answer; empty if nothing did'),
  whatWasMissing: sentence.describe(
    'What was missing: a result, the candidate\u2019s own part, specifics, a direct answer',
  ),
  exampleAnswer: sentence.describe(
    "A spoken example answer built only from the candidate's own words, CV and the job description, with [placeholders] for facts they did not give",
  ),
});

export const reportSchema = z.object({
  summary: sentence.describe('Three or four sentences on how the interview went'),
  rubric: z.object({
    communication: rubricEntry('communication'),
    domainKnowledge: rubricEntry('domainKnowledge'),
    structure: rubricEntry('structure'),
    relevance: rubricEntry('relevance'),
  }),
  strengths: z.array(sentence).max(6),
  improvements: z.array(improvementSchema).max(6),
  perQuestion: z
    .array(perQuestionSchema)
    .max(30)
    .describe('One entry per main interviewer question (not the introduction, follow-ups or closing)'),
  recommendation: sentence.describe('What to focus on before the real interview'),
  nextTopics: z.array(z.string().trim().min(1).max(200)).min(1).max(6).describe('Short topic names to practise next'),
  overallScore: z
    .number()
    .int()
    .min(0)
    .max(100)
    .nullable()
    .describe('Derived from the rubric by the stated rule; written last'),
});

/** A report as the model must write it. */
export type Report = z.infer<typeof reportSchema>;

const keptScore = z.number().int().min(1).max(5).nullable();

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
  /** 0 in a report from before turn numbers were kept. */
  questionTurn: z.number().int().min(0),
  question: z.string(),
  answerTurns: z.array(z.number().int().min(0)),
  /** Lets "Drill my weakest answer" find the question that scored worst. */
  score: keptScore,
  whatWorked: z.string(),
  whatWasMissing: z.string(),
  /** Empty in a report from before example answers. */
  exampleAnswer: z.string(),
});
export type PerQuestionNote = z.infer<typeof perQuestionKeptSchema>;

const keptShape = z.object({
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
  overallScore: z.number().int().min(0).max(100).nullable(),
});

/** A report as the browser keeps it; reads the older stored shape too (report-upgrade.ts). */
export const interviewReportSchema = z.preprocess(upgradeLegacyReport, keptShape);
export type InterviewReport = z.infer<typeof keptShape>;
