import { z } from 'zod';
import { keptPrepContentSchema } from '../../../../contracts/prep-schema.ts';
import { interviewSetupFields } from '../../lib/interview-setup-schema';

// A preparation pack as this browser stores it: the content the model wrote (its shape is the
// contract in contracts/prep-schema.ts) wrapped with the setup it was made from, under a format
// name and version of its own, so a pack read back from the store or a backup is recognised.

/** The setup the pack was made from; "Practise these questions" starts an interview with it. */
const setupSchema = interviewSetupFields
  .omit({ practiceQuestions: true })
  .extend({ topic: z.string().trim().min(1).max(500) });

export const PREP_FORMAT = 'mockingbird-prep';

/** What the store keeps as a PrepPackRecord's `pack`. */
export const prepPackSchema = z.object({
  format: z.literal(PREP_FORMAT),
  version: z.literal(1),
  setup: setupSchema,
  content: keptPrepContentSchema,
});
export type PrepPack = z.infer<typeof prepPackSchema>;

/** The stored value as a pack, or undefined when it is not one this version can show. */
export function readPrepPack(value: unknown): PrepPack | undefined {
  const parsed = prepPackSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}
