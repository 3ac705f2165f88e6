import { describe, expect, it } from 'vitest';
import { lastQuestion, questionsAsked } from './questions-asked';

describe('lastQuestion', () => {
  it('takes the question out of an acknowledgement and a question', () => {
    expect(lastQuestion('Okay. Which database did you choose, and why?')).toBe(
      'Which database did you choose, and why?',
    );
  });

  it('finds questions in scripts with their own question marks', () => {
    expect(lastQuestion('わかりました。なぜその方法を選びましたか？')).toBe('なぜその方法を選びましたか？');
    expect(lastQuestion('حسنا. لماذا اخترت هذا؟')).toBe('لماذا اخترت هذا؟');
  });

  it('is undefined for a turn without a question', () => {
    expect(lastQuestion('Thank you, that is all from me.')).toBeUndefined();
  });
});

describe('questionsAsked', () => {
  it('lists interviewer questions in order, each once, and ignores the candidate', () => {
    const turns = [
      { role: 'interviewer' as const, text: 'Hi. Why this role?' },
      { role: 'candidate' as const, text: 'Why not?' },
      { role: 'interviewer' as const, text: 'Why this role?' },
      { role: 'interviewer' as const, text: 'Tell me about a conflict you handled.' },
      { role: 'interviewer' as const, text: 'What did you do yourself?' },
    ];
    expect(questionsAsked(turns)).toEqual(['Why this role?', 'What did you do yourself?']);
  });

  it('keeps only the newest when there are many', () => {
    const turns = Array.from({ length: 30 }, (_, i) => ({ role: 'interviewer' as const, text: `Question ${i}?` }));
    expect(questionsAsked(turns, 3)).toEqual(['Question 27?', 'Question 28?', 'Question 29?']);
  });
});
