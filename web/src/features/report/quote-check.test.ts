import { describe, expect, it } from 'vitest';
import type { Speaker, Turn } from '../../lib/interview';
import { filterReportQuotes, isQuoteInTranscript, normaliseForQuote } from './quote-check';
import type { InterviewReport } from '../../../../contracts/report-schema.ts';

const turn = (seq: number, role: Speaker, text: string): Turn => ({
  seq,
  role,
  text,
  startMs: seq * 1000,
  endMs: seq * 1000 + 900,
});

const transcript: Turn[] = [
  turn(0, 'interviewer', 'Why would you shard the database?'),
  turn(1, 'candidate', "Well, I'd shard by user ID because most queries are per user."),
  turn(2, 'candidate', 'That keeps each request on one shard.'),
  turn(3, 'interviewer', 'And caching?'),
  turn(4, 'candidate', 'We put Redis in front, with a five-minute TTL.'),
];

const found = (quote: string) => isQuoteInTranscript(quote, transcript);

describe('normaliseForQuote', () => {
  it('ignores case, punctuation, apostrophes, curly quotes and spacing', () => {
    expect(normaliseForQuote('  “I’d SHARD,  by user-ID!” ')).toBe('id shard by user id');
  });
});

describe('isQuoteInTranscript', () => {
  it("accepts the candidate's words however the punctuation and quotes were tidied", () => {
    expect(found('I’d shard by user ID')).toBe(true);
    expect(found('"i\'d shard by user id because most queries are per user"')).toBe(true);
    expect(found('we put redis in front with a five minute ttl')).toBe(true);
  });

  it('accepts a quote running across two turns of the same answer', () => {
    expect(found('most queries are per user. That keeps each request on one shard')).toBe(true);
  });

  it("rejects the interviewer's words, paraphrases and invented words", () => {
    expect(found('Why would you shard the database?')).toBe(false);
    expect(found("I'd partition by user ID")).toBe(false);
    expect(found('I would shard by user ID')).toBe(false);
  });

  it('matches whole words only', () => {
    expect(found('hard by user')).toBe(false);
  });

  it('accepts ellipsis-joined fragments when each is in the same answer, in order', () => {
    expect(found("I'd shard by user ID … keeps each request on one shard")).toBe(true);
    expect(found('Well, I’d shard... per user [...] on one shard')).toBe(true);
    expect(found('…because most queries are per user…')).toBe(true);
  });

  it('rejects fragments that are out of order, in different answers, or missing', () => {
    expect(found("keeps each request on one shard ... I'd shard by user ID")).toBe(false);
    expect(found("I'd shard by user ID ... we put Redis in front")).toBe(false);
    expect(found("I'd shard by user ID ... using consistent hashing")).toBe(false);
  });

  it('rejects single words stitched together with ellipses, and empty quotes', () => {
    expect(found('shard ... Redis')).toBe(false);
    expect(found('I ... user ... shard')).toBe(false);
    expect(found(' ... ')).toBe(false);
    expect(found('')).toBe(false);
  });
});

describe('filterReportQuotes', () => {
  const entry = (quotes: string[]) => ({ score: 4, comment: 'ok', quotes });
  const report: InterviewReport = {
    overallScore: 70,
    summary: 's',
    rubric: {
      communication: entry(["I'd shard by user ID", 'I always write tests first']),
      domainKnowledge: entry(['Redis in front, with a five-minute TTL']),
      structure: entry(['Why would you shard the database?']),
      relevance: entry([]),
    },
    strengths: ['a'],
    improvements: [{ point: 'p', tryThis: 't' }],
    perQuestion: [
      {
        questionTurn: 1,
        question: 'q',
        answerTurns: [2],
        score: 3,
        whatWorked: '',
        whatWasMissing: 'n',
        exampleAnswer: 'e',
      },
    ],
    recommendation: 'r',
    nextTopics: ['x'],
  };

  it('keeps the quotes the transcript bears out and lists the dropped ones', () => {
    const { report: checked, dropped } = filterReportQuotes(report, transcript);
    expect(checked.rubric.communication.quotes).toEqual(["I'd shard by user ID"]);
    expect(checked.rubric.domainKnowledge.quotes).toEqual(['Redis in front, with a five-minute TTL']);
    expect(checked.rubric.structure.quotes).toEqual([]);
    expect(dropped).toEqual(['I always write tests first', 'Why would you shard the database?']);
    expect({ ...checked, rubric: report.rubric, overallScore: report.overallScore }).toEqual(report);
  });

  it('turns a score whose every quote was dropped into "not enough evidence", and derives the overall score again', () => {
    const { report: checked } = filterReportQuotes(report, transcript);
    expect(checked.rubric.structure.score).toBeNull();
    expect(checked.rubric.communication.score).toBe(4);
    // The relevance score had no quote to lose; 4, 4 and 4 with evidence: 20 × 4 = 80.
    expect(checked.overallScore).toBe(80);
  });

  it('leaves the original report untouched', () => {
    filterReportQuotes(report, transcript);
    expect(report.rubric.communication.quotes).toHaveLength(2);
  });
});
