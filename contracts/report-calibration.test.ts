// The report's calibration rules (REPORT-CONTRACT.md), read in the schema and the prompt.
import { describe, expect, it } from 'vitest';
import { buildReportPrompt, reportTask } from './report-prompt.ts';
import type { ReportRequest } from './report-request.ts';
import { deriveOverallScore, RUBRIC_KEYS } from './report-rubric.ts';
import { interviewReportSchema, reportSchema } from './report-schema.ts';
import { sampleReport } from './testing/sample-report.ts';

const request: ReportRequest = {
  interview: {
    topic: 'Go services',
    level: 'Advanced',
    durationMs: 7 * 60_000,
    plannedMinutes: 20,
    endedBy: 'candidate',
  },
  transcript: [
    { role: 'interviewer', text: 'How do you handle timeouts?' },
    { role: 'candidate', text: 'With context deadlines.' },
  ],
};
const { systemInstruction, userText } = buildReportPrompt(request);
const unscored = { score: null, comment: 'Too little to judge.', quotes: [] };

describe('scores', () => {
  it('anchors every 1-5 score per criterion, with 3 meaning "meets the bar for this level"', () => {
    for (const key of RUBRIC_KEYS)
      expect(systemInstruction).toMatch(
        new RegExp(`- ${key}: .*1 = .*2 = .*3 = meets the bar for this level.*4 = .*5 = `),
      );
  });

  it('judges only what text can show: no confidence', () => {
    expect(`${systemInstruction} ${JSON.stringify(reportTask.jsonSchema)}`).not.toMatch(/confiden/i);
  });

  it('takes null as "not enough evidence", and a score only with a quote', () => {
    expect(
      reportSchema.safeParse({ ...sampleReport, rubric: { ...sampleReport.rubric, structure: unscored } }).success,
    ).toBe(true);
    const unquoted = {
      ...sampleReport,
      rubric: { ...sampleReport.rubric, structure: { score: 3, comment: 'Fine.', quotes: [] } },
    };
    expect(reportSchema.safeParse(unquoted).success).toBe(false);
    expect(systemInstruction).toMatch(/too little evidence for a criterion, its score is null/);
  });

  it('lets strengths and improvements be empty', () => {
    expect(reportSchema.safeParse({ ...sampleReport, strengths: [], improvements: [] }).success).toBe(true);
  });
});

describe('the overall score', () => {
  it('is the last key, in the schema and in the JSON schema Gemini writes by', () => {
    expect(Object.keys(reportSchema.shape).at(-1)).toBe('overallScore');
    expect(Object.keys(reportTask.jsonSchema.properties as object).at(-1)).toBe('overallScore');
  });

  it('is derived from the rubric by the written rule: 20 × the average of the scores with evidence', () => {
    expect(deriveOverallScore(sampleReport.rubric)).toBe(70);
    expect(deriveOverallScore({ ...sampleReport.rubric, structure: unscored, domainKnowledge: unscored })).toBe(80);
    expect(
      deriveOverallScore({
        communication: unscored,
        domainKnowledge: unscored,
        structure: unscored,
        relevance: unscored,
      }),
    ).toBeNull();
    expect(systemInstruction).toMatch(/Write overallScore last.*20 × the average/);
  });

  it('follows the rule whatever number the model wrote', () => {
    expect(reportTask.finish({ ...sampleReport, overallScore: 99 }, request).overallScore).toBe(70);
  });
});

describe('the transcript and the session', () => {
  it('says the transcript is speech recognition: ignore misheard words, no grammar or accent unless meaning is lost', () => {
    expect(systemInstruction).toMatch(
      /automatic speech recognition: ignore words that look misheard, and judge no grammar, accent or fluency unless the meaning is lost/,
    );
  });

  it('passes in the duration and who ended the interview', () => {
    expect(userText).toContain('It lasted 7 minutes of 20 planned. It was ended by the candidate.');
  });

  it('numbers the turns as [N] lines', () => {
    expect(userText).toContain('[2] Candidate: "With context deadlines."');
  });
});

describe('per question', () => {
  it('has one entry per main question with turn numbers, what was missing, and an example answer', () => {
    const properties = reportTask.jsonSchema.properties as Record<string, { items: { properties: object } }>;
    const shape = Object.keys(properties.perQuestion?.items.properties ?? {});
    expect(shape).toEqual([
      'questionTurn',
      'question',
      'answerTurns',
      'score',
      'whatWorked',
      'whatWasMissing',
      'exampleAnswer',
    ]);
    expect(systemInstruction).toMatch(
      /One perQuestion entry for each main interviewer question, not for the introduction, follow-ups or the closing/,
    );
  });

  it('builds the example answer only from the candidate\u2019s words, CV and job, with [placeholders] for facts not given', () => {
    expect(systemInstruction).toMatch(
      /exampleAnswer is a spoken answer .*built only from their own words, their CV and the job description.*\[placeholder\]/,
    );
  });
});

describe('reading stored reports', () => {
  it('opens a report stored in the older shape, notes and all', () => {
    const old = {
      overallScore: 64,
      summary: 's',
      rubric: {
        communication: { score: 3, comment: 'c', quotes: ['q'] },
        domainKnowledge: { score: 3, comment: 'c', quotes: [] },
        structure: { score: 4, comment: 'c', quotes: [] },
        relevance: { score: 3, comment: 'c', quotes: [] },
      },
      strengths: ['a'],
      improvements: [{ point: 'p', tryThis: 't' }],
      perQuestion: [{ question: 'Why Go?', note: 'Say why.', score: 2 }],
      recommendation: 'r',
      nextTopics: ['x'],
    };
    const read = interviewReportSchema.parse(old);
    expect(read.overallScore).toBe(64);
    expect(read.perQuestion).toEqual([
      {
        questionTurn: 0,
        question: 'Why Go?',
        answerTurns: [],
        score: 2,
        whatWorked: '',
        whatWasMissing: 'Say why.',
        exampleAnswer: '',
      },
    ]);
  });

  it('reads a current report unchanged', () => {
    expect(interviewReportSchema.parse(sampleReport)).toEqual(sampleReport);
  });
});
