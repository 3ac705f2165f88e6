import { z } from 'zod';
import { answerMaterialShape, keptAnswerMaterialShape } from './prep-answer-material.ts';

// The content of a preparation pack, in two strictnesses of one shape:
// - `prepContentSchema`: what Gemini is asked for (as a JSON schema) and what a fresh answer must
//   be, whether the server or the browser (with the user's own key) asked;
// - `keptPrepContentSchema`: what the browser keeps and reads back from its store and from
//   backups. Its counts are looser on purpose, so a pack saved by an older or newer version
//   still opens.
// Both are written here, side by side, so a field is renamed once.

const sentence = z.string().trim().min(1).max(1000);

export const PREP_CATEGORIES = ['behavioural', 'technical', 'role', 'cv'] as const;
export type PrepCategory = (typeof PREP_CATEGORIES)[number];

const likelyQuestionSchema = z.object({
  category: z
    .enum(PREP_CATEGORIES)
    .describe(
      'behavioural: past behaviour (STAR); technical: knowledge of the topic or field; role: this job and company; cv: the candidate’s own history',
    ),
  question: sentence.describe('The question as an interviewer would ask it, in one or two sentences'),
  whyLikely: sentence.describe(
    'Why this question is likely for this candidate and job, pointing at what in the job description or CV makes it so',
  ),
  cvFacts: z
    .array(z.string().trim().min(1).max(300))
    .max(4)
    .describe(
      'Facts from the CV worth using in the answer (projects, numbers, roles), closely paraphrased; empty when no CV was given or none applies',
    ),
});

const strengthSchema = z.object({
  strength: sentence.describe('A strength to highlight, specific to this candidate'),
  howToShow: sentence.describe('How to bring it up, with the CV evidence that backs it'),
});

const gapSchema = z.object({
  gap: sentence.describe('A gap or weak spot the interviewer may probe, compared with the job or topic'),
  angle: sentence.describe('A suggested angle: how to answer honestly and turn it toward what the candidate can offer'),
});

export const prepContentSchema = z.object({
  focus: sentence.describe('One or two sentences on what this interview will most likely test'),
  questions: z
    .array(likelyQuestionSchema)
    .min(8)
    .max(12)
    .describe('8 to 12 likely questions covering all four categories where the input allows'),
  strengths: z.array(strengthSchema).min(3).max(5),
  gaps: z.array(gapSchema).min(3).max(5),
  questionsToAsk: z
    .array(sentence)
    .min(3)
    .max(3)
    .describe('Three thoughtful questions the candidate can ask the interviewer'),
  sharpenWith: z
    .array(sentence)
    .max(3)
    .describe(
      'What extra input (a CV, a job description, more detail) would make this pack more specific; empty when nothing is missing',
    ),
  ...answerMaterialShape,
});

/** A pack's content as the model must write it. */
export type PrepContent = z.infer<typeof prepContentSchema>;

const keptLikelyQuestionSchema = z.object({
  category: z.enum(PREP_CATEGORIES),
  question: z.string().trim().min(1),
  whyLikely: z.string(),
  /** CV facts worth using in the answer; empty without a CV. */
  cvFacts: z.array(z.string()),
});
export type LikelyQuestion = z.infer<typeof keptLikelyQuestionSchema>;

/** A pack's content as the browser keeps it: the same fields, without the counts a fresh answer must meet. */
export const keptPrepContentSchema = z.object({
  focus: z.string(),
  questions: z.array(keptLikelyQuestionSchema).min(1).max(30),
  strengths: z.array(z.object({ strength: z.string(), howToShow: z.string() })),
  gaps: z.array(z.object({ gap: z.string(), angle: z.string() })),
  questionsToAsk: z.array(z.string()),
  /** What extra input would make the pack more specific; empty when nothing is missing. */
  sharpenWith: z.array(z.string()),
  ...keptAnswerMaterialShape,
});
export type KeptPrepContent = z.infer<typeof keptPrepContentSchema>;
