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

  it('keep a typed answer typed and a spoken turn’s voiced spans', () => {
    const typed: Turn = { ...makeTurn(3), typed: true };
    const spoken: Turn = {
      ...makeTurn(4),
      speech: [
        { startMs: 1_000, endMs: 2_500, voicedMs: 1_400 },
        { startMs: 4_000, endMs: 4_000, voicedMs: 0 },
      ],
    };
    expect(turnSchema.parse(typed)).toEqual(typed);
    expect(turnSchema.parse(spoken)).toEqual(spoken);
  });

  it('refuse voiced spans that end before they start or hold more voice than time', () => {
    const span = (startMs: number, endMs: number, voicedMs: number): Turn => ({
      ...makeTurn(4),
      speech: [{ startMs, endMs, voicedMs }],
    });
    expect(turnSchema.safeParse(span(2_000, 1_000, 0)).success).toBe(false);
    expect(turnSchema.safeParse(span(1_000, 2_000, 1_001)).success).toBe(false);
    expect(turnSchema.safeParse(span(-5, 2_000, 10)).success).toBe(false);
  });

  it('read an older turn without voice timing as it is', () => {
    const old = makeTurn(1);
    expect(turnSchema.parse(old)).toEqual(old);
    expect(turnSchema.parse(old)).not.toHaveProperty('speech');
  });

  it('keep every field of an interview record', () => {
    const record: InterviewRecord = { ...makeInterview('a', 1_700_000_000_000), judgement: 'not_enough_to_judge' };
    expect(interviewRecordSchema.parse(record)).toEqual(record);
  });
});
