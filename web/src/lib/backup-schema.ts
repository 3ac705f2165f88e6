import { z } from 'zod';
import { interviewSetupSchema } from './interview-setup-schema';
import { interviewReportSchema } from '../../../contracts/report-schema.ts';

// What a backup file may contain, checked record by record before anything is imported. The
// shapes mirror lib/interview.ts and services/storage/types.ts; a test round-trips real records
// through them so a drift shows up as a failing test.

const epochMs = z.number().int().min(0);
const id = z.string().min(1).max(200);


const interviewSchema = z.object({
  id,
  setup: interviewSetupSchema,
  status: z.enum(['live', 'ended', 'unfinished']),
  createdAt: epochMs,
  endedAt: epochMs.optional(),
  durationMs: z.number().min(0).optional(),
});

const turnSchema = z.object({
  seq: z.number().int().min(0),
  role: z.enum(['interviewer', 'candidate']),
  text: z.string(),
  startMs: z.number().min(0),
  endMs: z.number().min(0),
});

const storedReportSchema = z.object({ interviewId: id, report: interviewReportSchema, createdAt: epochMs });

const bundleSchema = z
  .object({ interview: interviewSchema, turns: z.array(turnSchema).max(10_000), report: storedReportSchema.optional() })
  .superRefine((bundle, ctx) => {
    if (bundle.report && bundle.report.interviewId !== bundle.interview.id) {
      ctx.addIssue({ code: 'custom', path: ['report', 'interviewId'], message: 'the report belongs to a different interview' });
    }
    const seen = new Set<number>();
    bundle.turns.forEach((turn, index) => {
      if (seen.has(turn.seq)) ctx.addIssue({ code: 'custom', path: ['turns', index, 'seq'], message: `turn number ${turn.seq} appears twice` });
      seen.add(turn.seq);
    });
  });

const prepPackSchema = z.object({
  id,
  createdAt: epochMs,
  interviewId: id.optional(),
  pack: z.unknown().refine((pack): boolean => pack !== undefined, 'the pack itself is missing'),
});

/** The body of a version 1 backup, after its format and version have been checked. */
export const backupV1Schema = z.object({
  format: z.literal('mockingbird-backup'),
  version: z.literal(1),
  exportedAt: z.string(),
  interviews: z.array(bundleSchema),
  prepPacks: z.array(prepPackSchema),
});

export type BackupV1 = z.infer<typeof backupV1Schema>;
