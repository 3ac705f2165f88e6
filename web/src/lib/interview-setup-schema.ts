import { z } from 'zod';
import { LENGTHS_MINUTES, LEVELS, PATIENCE } from './interview-choices';

// Everything the candidate chooses on the setup screen, as one schema: the type comes from it,
// and every place that reads a setup back from somewhere the app does not control (the tab's
// hand-off to the room, backups, stored preparation packs) parses it here.

export { LENGTHS_MINUTES, LEVELS, PATIENCE } from './interview-choices';
export type { LengthMinutes, Level, Patience } from './interview-choices';

/** A preparation pack has at most 12 questions; the cap only guards against a tampered value. */
const MAX_PRACTICE_QUESTIONS = 20;

const jobDescriptionSchema = z.object({ title: z.string(), text: z.string() });
export type JobDescription = z.infer<typeof jobDescriptionSchema>;

/** Questions to practise, in order; blank or non-text entries are dropped rather than refused. */
function cleanPracticeQuestions(value: unknown): readonly string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const questions = value.filter((q): q is string => typeof q === 'string' && q.trim() !== '').map((q) => q.trim());
  return questions.length > 0 ? questions.slice(0, MAX_PRACTICE_QUESTIONS) : undefined;
}

/** Blank text counts as not given, so a setup never carries an empty CV or job. */
function withoutBlankFields<T extends { cvText?: string; jobDescription?: JobDescription }>(setup: T): T {
  const { cvText, jobDescription, ...rest } = setup;
  return {
    ...rest,
    ...(cvText?.trim() ? { cvText } : {}),
    ...(jobDescription && (jobDescription.title.trim() || jobDescription.text.trim()) ? { jobDescription } : {}),
  } as T;
}

/** The fields alone, for shapes built from a setup (a stored preparation pack's). */
export const interviewSetupFields = z.object({
  topic: z
    .string()
    .min(1)
    .max(500)
    .refine((topic) => topic.trim() !== '', 'the topic is blank'),
  level: z.enum(LEVELS),
  cvText: z.string().optional(),
  jobDescription: jobDescriptionSchema.optional(),
  voice: z.string(),
  /** BCP-47 code, e.g. "en-US". */
  languageCode: z.string().min(2).max(35),
  lengthMinutes: z.union(LENGTHS_MINUTES.map((minutes) => z.literal(minutes))),
  patience: z.enum(PATIENCE),
  avatar: z.boolean(),
  /** Answers are typed, with no microphone (chosen on the mic check); the interviewer still speaks. */
  typedAnswers: z.boolean().optional(),
  /** Questions the interviewer must work through, e.g. from a preparation pack, in this order. */
  practiceQuestions: z.preprocess(cleanPracticeQuestions, z.array(z.string()).readonly().optional()),
  /** Record both voices to this device: on only when chosen, so anything but true means off. */
  record: z.literal(true).optional().catch(undefined),
});

export const interviewSetupSchema = interviewSetupFields.transform(withoutBlankFields);

/** Everything the candidate chose on the setup screen. */
export type InterviewSetup = z.output<typeof interviewSetupSchema>;

/** A setup read back from outside the app, or undefined when it is not a valid one. */
export function parseInterviewSetup(raw: unknown): InterviewSetup | undefined {
  const parsed = interviewSetupSchema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}
