import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { PrepPackRecord, StoredReport } from './types';
import { makeInterview, makeTurn } from './test-fixtures';
import type { InterviewRecord, Turn } from '../../lib/interview';
import { interviewRecordSchema, prepPackRecordSchema, storedReportSchema, turnSchema } from '../../lib/record-schemas';

// The schemas strip fields they do not name, so a field added to a stored type but not to its
// schema would be lost on every backup and import. These checks fail (at typecheck) on a drift.

describe('the stored record schemas', () => {
  it('name exactly the fields of the stored types', () => {
    expectTypeOf<keyof z.infer<typeof turnSchema>>().toEqualTypeOf<keyof Turn>();
    expectTypeOf<keyof z.infer<typeof interviewRecordSchema>>().toEqualTypeOf<keyof InterviewRecord>();
    expectTypeOf<keyof z.infer<typeof storedReportSchema>>().toEqualTypeOf<keyof StoredReport>();
    expectTypeOf<keyof z.infer<typeof prepPackRecordSchema>>().toEqualTypeOf<keyof PrepPackRecord>();
  });

  it('keep an interrupted turn interrupted', () => {
    const turn: Turn = { ...makeTurn(2), interrupted: true };
    expect(turnSchema.parse(turn)).toEqual(turn);
  });

  it('keep every field of an interview record', () => {
    const record: InterviewRecord = { ...makeInterview('a', 1_700_000_000_000), judgement: 'not_enough_to_judge' };
    expect(interviewRecordSchema.parse(record)).toEqual(record);
  });
});
