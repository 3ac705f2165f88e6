import { z } from 'zod';
import { interviewSetupSchema } from './interview-setup-schema';

// The preparation pack on the browser side. The server validates Gemini's answer against its own
// schema (token-server/src/prep/schema.ts); this copy checks what the browser receives, what it
// reads back from the store and what a backup brings in. Field names are the server's; counts are
// looser on purpose, so a pack saved by an older or newer version still opens. Keep the names in
// step with the server.

export const PREP_CATEGORIES = ['behavioural', 'technical', 'role', 'cv'] as const;
export type PrepCategory = (typeof PREP_CATEGORIES)[number];

/** Headings for the question groups, in the order the page and the Markdown show them. */
export const PREP_GROUPS: readonly { category: PrepCategory; title: string }[] = [
  { category: 'cv', title: 'About your CV' },
  { category: 'role', title: 'About the role' },
  { category: 'technical', title: 'Technical and domain' },
  { category: 'behavioural', title: 'Behavioural' },
];

export const likelyQuestionSchema = z.object({
  category: z.enum(PREP_CATEGORIES),
  question: z.string().trim().min(1),
  whyLikely: z.string(),
  /** CV facts worth using in the answer; empty without a CV. */
  cvFacts: z.array(z.string()),
});
export type LikelyQuestion = z.infer<typeof likelyQuestionSchema>;

export const prepContentSchema = z.object({
  focus: z.string(),
  questions: z.array(likelyQuestionSchema).min(1).max(30),
  strengths: z.array(z.object({ strength: z.string(), howToShow: z.string() })),
  gaps: z.array(z.object({ gap: z.string(), angle: z.string() })),
  questionsToAsk: z.array(z.string()),
  /** What extra input would make the pack more specific; empty when nothing is missing. */
  sharpenWith: z.array(z.string()),
});
export type PrepContent = z.infer<typeof prepContentSchema>;

/** The setup the pack was made from; "Practise these questions" starts an interview with it. */
const setupSchema = interviewSetupSchema.omit({ practiceQuestions: true }).extend({ topic: z.string().trim().min(1).max(500) });

export const PREP_FORMAT = 'mockingbird-prep';

/** What the store keeps as a PrepPackRecord's `pack`. */
export const prepPackSchema = z.object({
  format: z.literal(PREP_FORMAT),
  version: z.literal(1),
  setup: setupSchema,
  content: prepContentSchema,
});
export type PrepPack = z.infer<typeof prepPackSchema>;

/** The stored value as a pack, or undefined when it is not one this version can show. */
export function readPrepPack(value: unknown): PrepPack | undefined {
  const parsed = prepPackSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}
