import { describe, expect, it } from 'vitest';
import { makeReportBody } from '../../services/storage/test-fixtures';
import { drillSetup, drillTopic, pickWeakestQuestion, startInterview, TOPIC_MAX } from './next-interview';
import { SETUP } from './testing';

const note = (score: number | null, i: number) => ({
  questionTurn: 2 * i + 1,
  question: `Question ${i + 1}?`,
  answerTurns: [2 * i + 2],
  score,
  whatWorked: '',
  whatWasMissing: 'n',
  exampleAnswer: 'e',
});
const notes = (scores: (number | null)[]) => ({ ...makeReportBody(), perQuestion: scores.map(note) });

describe('pickWeakestQuestion', () => {
  it('picks the lowest-scoring question', () => {
    expect(pickWeakestQuestion(notes([4, 2, 3]))?.question).toBe('Question 2?');
  });

  it('picks the earliest of several equally weak questions', () => {
    expect(pickWeakestQuestion(notes([3, 2, 2]))?.question).toBe('Question 2?');
  });

  it('leaves out a question without a score (not enough evidence)', () => {
    expect(pickWeakestQuestion(notes([null, 3, 4]))?.question).toBe('Question 2?');
    expect(pickWeakestQuestion(notes([null]))).toBeUndefined();
  });

  it('finds nothing when the report has no per-question notes', () => {
    expect(pickWeakestQuestion(notes([]))).toBeUndefined();
  });
});

describe('drillSetup', () => {
  it('makes a 10-minute interview on the question, keeping the other choices', () => {
    const setup = drillSetup({ ...SETUP, cvText: 'My CV' }, 'How would you  shard?');
    expect(setup).toEqual({
      ...SETUP,
      cvText: 'My CV',
      topic: 'Drill (System design): How would you shard?',
      practiceQuestions: ['How would you shard?'],
      lengthMinutes: 10,
    });
  });

  it('drills only the chosen question, not the questions of an earlier practice pack', () => {
    const setup = drillSetup({ ...SETUP, practiceQuestions: ['Q1', 'Q2', 'Q3'] }, 'Q2');
    expect(setup.practiceQuestions).toEqual(['Q2']);
  });

  it('keeps the topic within the setup screen’s limit, cutting at a word', () => {
    const topic = drillTopic('System design', 'Describe '.repeat(40));
    expect(topic.length).toBeLessThanOrEqual(TOPIC_MAX);
    expect(topic).toMatch(/Describe…$/);
  });

  it('drills a drill on the original topic, not a nested one', () => {
    expect(drillTopic('Drill (System design): How would you shard?', 'Why hashing?')).toBe(
      'Drill (System design): Why hashing?',
    );
  });
});

describe('startInterview', () => {
  it('hands the setup to the room under a new id', () => {
    const saved: [string, unknown][] = [];
    const result = startInterview(
      SETUP,
      (id, s) => saved.push([id, s]),
      () => 'new-1',
    );
    expect(result).toEqual({ ok: true, path: '/interview/new-1' });
    expect(saved).toEqual([['new-1', SETUP]]);
  });

  it('explains a browser that refuses to store the setup', () => {
    const result = startInterview(SETUP, () => {
      throw new DOMException('blocked', 'SecurityError');
    });
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/Allow site data/) as unknown });
  });
});
