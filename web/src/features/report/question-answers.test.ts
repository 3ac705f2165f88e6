import { describe, expect, it } from 'vitest';
import type { Turn } from '../../lib/interview';
import { questionViews, type PerQuestionFeedback } from './question-answers';

const turn = (seq: number, role: Turn['role'], text: string): Turn => ({
  seq,
  role,
  text,
  startMs: seq * 1000,
  endMs: seq * 1000 + 900,
});
// Stored seqs need not start at 1 (a resumed interview continues its numbering).
const turns = [
  turn(10, 'interviewer', 'Hello, tell me about yourself.'),
  turn(11, 'candidate', 'I build APIs.'),
  turn(12, 'interviewer', 'How would you shard?'),
  turn(13, 'candidate', 'By user id.'),
  turn(14, 'candidate', 'And re-balance nightly.'),
];
const note = (questionTurn: number, answerTurns: number[]): PerQuestionFeedback => ({
  questionTurn,
  question: 'How would you shard?',
  answerTurns,
  score: 3,
  whatWorked: '',
  whatWasMissing: 'A number.',
  exampleAnswer: 'I would shard by [key].',
});

describe('question views', () => {
  it('quotes the answer from the stored turns the report points at by position, in order', () => {
    const [view] = questionViews([note(3, [5, 4])], turns);
    expect(view?.questionTurn?.text).toBe('How would you shard?');
    expect(view?.answers.map((t) => t.text)).toEqual(['By user id.', 'And re-balance nightly.']);
  });

  it('drops turn numbers that point nowhere or at the wrong speaker', () => {
    const [view] = questionViews([note(2, [1, 3, 9, 0, 4])], turns);
    expect(view?.questionTurn).toBeUndefined();
    expect(view?.answers.map((t) => t.seq)).toEqual([13]);
  });

  it('keeps a report from before turn numbers (all zero) readable, with no quote', () => {
    const [view] = questionViews([note(0, [])], turns);
    expect(view?.answers).toEqual([]);
    expect(view?.note.question).toBe('How would you shard?');
  });

  it('counts turns as the report request sent them, so an empty stored turn shifts nothing', () => {
    const withSilence = [turns[0]!, turn(10.5, 'candidate', '  '), ...turns.slice(1)];
    const [view] = questionViews([note(3, [4])], withSilence);
    expect(view?.questionTurn?.text).toBe('How would you shard?');
    expect(view?.answers.map((t) => t.text)).toEqual(['By user id.']);
  });
});
