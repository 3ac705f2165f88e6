import { z } from 'zod';
import { parseModelJson, responseJsonSchema } from '../upstream/model-json.ts';

// The preparation pack: what the server asks Gemini for (as a JSON schema) and what it accepts
// back (the same schema, checked with zod). The browser keeps its own, looser copy of this shape
// in web/src/lib/prep-types.ts; the field names must stay the same in both.

const sentence = z.string().trim().min(1).max(1000);

export const PREP_CATEGORIES = ['behavioural', 'technical', 'role', 'cv'] as const;

const likelyQuestionSchema = z.object({
  category: z
    .enum(PREP_CATEGORIES)
    .describe('behavioural: past behaviour (STAR); technical: knowledge of the topic or field; role: this job and company; cv: the candidate’s own history'),
  question: sentence.describe('The question as an interviewer would ask it, in one or two sentences'),
  whyLikely: sentence.describe('Why this question is likely for this candidate and job, pointing at what in the job description or CV makes it so'),
  cvFacts: z
    .array(z.string().trim().min(1).max(300))
    .max(4)
    .describe('Facts from the CV worth using in the answer (projects, numbers, roles), closely paraphrased; empty when no CV was given or none applies'),
});

const strengthSchema = z.object({
  strength: sentence.describe('A strength to highlight, specific to this candidate'),
  howToShow: sentence.describe('How to bring it up, with the CV evidence that backs it'),
});

const gapSchema = z.object({
  gap: sentence.describe('A gap or weak spot the interviewer may probe, compared with the job or topic'),
  angle: sentence.describe('A suggested angle: how to answer honestly and turn it toward what the candidate can offer'),
});

export const prepPackSchema = z.object({
  focus: sentence.describe('One or two sentences on what this interview will most likely test'),
  questions: z.array(likelyQuestionSchema).min(8).max(12).describe('8 to 12 likely questions covering all four categories where the input allows'),
  strengths: z.array(strengthSchema).min(3).max(5),
  gaps: z.array(gapSchema).min(3).max(5),
  questionsToAsk: z.array(sentence).min(3).max(3).describe('Three thoughtful questions the candidate can ask the interviewer'),
  sharpenWith: z
    .array(sentence)
    .max(3)
    .describe('What extra input (a CV, a job description, more detail) would make this pack more specific; empty when nothing is missing'),
});

export type PrepPack = z.infer<typeof prepPackSchema>;

/** The schema sent to Gemini as `responseJsonSchema`. */
export const prepJsonSchema: Record<string, unknown> = responseJsonSchema(prepPackSchema);

/** Parses the model's text, or undefined when it is not valid JSON of this shape. */
export function parsePrepPack(text: string | undefined): PrepPack | undefined {
  return parseModelJson(prepPackSchema, text);
}
