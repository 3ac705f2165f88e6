import { describe, expect, it } from 'vitest';
import { parseModelJson } from './model-json.ts';
import { reportTask } from './report-prompt.ts';
import { interviewReportSchema, reportSchema } from './report-schema.ts';
import { sampleReport } from './testing/sample-report.ts';

const parseReport = (text: string | undefined) => parseModelJson(reportSchema, text);
const reportJsonSchema = reportTask.jsonSchema;

describe('report schema', () => {
  it('accepts a complete report', () => {
    expect(parseReport(JSON.stringify(sampleReport))).toEqual(sampleReport);
  });

  it('drops fields it does not know instead of passing them on', () => {
    expect(parseReport(JSON.stringify({ ...sampleReport, note: 'extra' }))).toEqual(sampleReport);
  });

  it.each([
    ['an overall score above 100', { ...sampleReport, overallScore: 101 }],
    ['a fractional overall score', { ...sampleReport, overallScore: 70.5 }],
    [
      'a rubric score of 0',
      {
        ...sampleReport,
        rubric: { ...sampleReport.rubric, structure: { ...sampleReport.rubric.structure, score: 0 } },
      },
    ],
    [
      'a rubric entry without quotes',
      { ...sampleReport, rubric: { ...sampleReport.rubric, relevance: { score: 3, comment: 'x', quotes: [] } } },
    ],
    [
      'three quotes for one score',
      {
        ...sampleReport,
        rubric: { ...sampleReport.rubric, relevance: { score: 3, comment: 'x', quotes: ['a', 'b', 'c'] } },
      },
    ],
    ['an improvement without a "try this"', { ...sampleReport, improvements: [{ point: 'Be brief' }] }],
    ['a per-question score of 6', { ...sampleReport, perQuestion: [{ question: 'q', note: 'n', score: 6 }] }],
    ['a missing recommendation', { ...sampleReport, recommendation: undefined }],
  ])('rejects %s', (_label, value) => {
    expect(parseReport(JSON.stringify(value))).toBeUndefined();
  });

  it('rejects text that is not JSON, and no text', () => {
    expect(parseReport('not json')).toBeUndefined();
    expect(parseReport(undefined)).toBeUndefined();
  });

  it('sends Gemini a JSON schema with every field required and the score ranges', () => {
    expect(reportJsonSchema.$schema).toBeUndefined();
    expect(reportJsonSchema.required).toEqual(
      expect.arrayContaining([
        'overallScore',
        'summary',
        'rubric',
        'strengths',
        'improvements',
        'perQuestion',
        'recommendation',
        'nextTopics',
      ]),
    );
    const text = JSON.stringify(reportJsonSchema);
    expect(text).toContain('"minimum":0,"maximum":100');
    expect(text).toContain('"minimum":1,"maximum":5');
    expect(text).toContain('"quotes"');
    expect(text).toContain('"tryThis"');
  });

  it('keeps the field names the browser expects', () => {
    expect(Object.keys(reportSchema.shape.rubric.shape)).toEqual([
      'communication',
      'domainKnowledge',
      'structure',
      'relevance',
    ]);
  });

  it('lets the browser keep every report the model may write, and one whose quotes were all dropped', () => {
    expect(interviewReportSchema.parse(sampleReport)).toEqual(sampleReport);
    const unquoted = {
      ...sampleReport,
      rubric: { ...sampleReport.rubric, relevance: { score: 3, comment: 'x', quotes: [] } },
    };
    expect(interviewReportSchema.safeParse(unquoted).success).toBe(true);
    expect(interviewReportSchema.safeParse({ ...sampleReport, overallScore: 101 }).success).toBe(false);
  });
});
