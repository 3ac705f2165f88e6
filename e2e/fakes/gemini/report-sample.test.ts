import { describe, expect, it } from 'vitest';
import { reportTask } from '../../../contracts/report-prompt.ts';
import { reportSchema } from '../../../contracts/report-schema.ts';
import { sampleValue } from './json-from-schema.ts';

// The fake report model answers from the JSON schema alone; the calibrated report (nullable
// scores, a refinement on quotes, overallScore last) must still come out valid and in order.

describe('the fake report model on the calibrated report schema', () => {
  it('writes a report the strict schema accepts, with quotes where scores are, and the overall score last', () => {
    const value = sampleValue(reportTask.jsonSchema, { quotes: ['I profiled it and added the missing index'] });
    const parsed = reportSchema.safeParse(value);
    expect(parsed.success).toBe(true);
    expect(Object.keys(value as object).at(-1)).toBe('overallScore');
    expect(parsed.data?.rubric.structure.quotes[0]).toBe('I profiled it and added the missing index');
  });
});
