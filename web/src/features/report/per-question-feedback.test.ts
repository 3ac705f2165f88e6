import { describe, expect, it } from 'vitest';
import { feedbackOf } from './per-question-feedback';

describe('per-question feedback of either report shape', () => {
  it('reads the contract shape as it is', () => {
    const note = {
      questionTurn: 3,
      question: 'Why?',
      answerTurns: [4, 5],
      score: null,
      whatWorked: 'Direct.',
      whatWasMissing: 'A result.',
      exampleAnswer: 'I [did X].',
    };
    expect(feedbackOf(note)).toEqual(note);
  });

  it('keeps an older report’s single note, with no turns and no example', () => {
    expect(
      feedbackOf({ question: 'Why?', note: 'Good trade-offs.', score: 4 } as { question: string; score: number }),
    ).toEqual({
      questionTurn: 0,
      question: 'Why?',
      answerTurns: [],
      score: 4,
      whatWorked: '',
      whatWasMissing: '',
      exampleAnswer: '',
      legacyNote: 'Good trade-offs.',
    });
  });
});
