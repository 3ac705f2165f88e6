import { z } from 'zod';
import { interviewRecordSchema, prepPackRecordSchema, storedReportSchema, turnSchema } from '../../lib/record-schemas';

// What a backup file may contain, checked record by record before anything is imported, with
// the ranges the app can display (lib/record-schemas.ts); a test round-trips real records
// through them so a drift shows up as a failing test.

const bundleSchema = z
  .object({
    interview: interviewRecordSchema,
    turns: z.array(turnSchema).max(10_000),
    report: storedReportSchema.optional(),
  })
  .superRefine((bundle, ctx) => {
    if (bundle.report && bundle.report.interviewId !== bundle.interview.id) {
      ctx.addIssue({
        code: 'custom',
        path: ['report', 'interviewId'],
        message: 'the report belongs to a different interview',
      });
    }
    const seen = new Set<number>();
    bundle.turns.forEach((turn, index) => {
      if (seen.has(turn.seq))
        ctx.addIssue({
          code: 'custom',
          path: ['turns', index, 'seq'],
          message: `turn number ${turn.seq} appears twice`,
        });
      seen.add(turn.seq);
    });
  });

/** The body of a version 1 backup, after its format and version have been checked. */
export const backupV1Schema = z.object({
  format: z.literal('mockingbird-backup'),
  version: z.literal(1),
  exportedAt: z.string(),
  interviews: z.array(bundleSchema),
  prepPacks: z.array(prepPackRecordSchema),
});

export type BackupV1 = z.infer<typeof backupV1Schema>;
