import { z } from 'zod';
import { LENGTHS_MINUTES, LEVELS, PATIENCE } from './interview';

/**
 * InterviewSetup (lib/interview.ts) as a schema, for setups read back from places the app does
 * not control: backup files and stored preparation packs.
 */
export const interviewSetupSchema = z.object({
  topic: z.string().min(1).max(500),
  level: z.enum(LEVELS),
  cvText: z.string().optional(),
  jobDescription: z.object({ title: z.string(), text: z.string() }).optional(),
  voice: z.string(),
  languageCode: z.string().min(2).max(35),
  lengthMinutes: z.union(LENGTHS_MINUTES.map((minutes) => z.literal(minutes))),
  patience: z.enum(PATIENCE),
  avatar: z.boolean(),
  practiceQuestions: z.array(z.string()).readonly().optional(),
});
