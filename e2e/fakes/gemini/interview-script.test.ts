import { describe, expect, it } from 'vitest';
import { candidateAnswer, DEFAULT_SCRIPT, questionUtterance, transcriptFragments } from './interview-script.ts';

describe('interview script', () => {
  it('splits text into fragments that join back to exactly the text', () => {
    const text = 'Hello, and welcome.  Tell me   about yourself?';
    const fragments = transcriptFragments(text);
    expect(fragments.length).toBeGreaterThan(2);
    expect(fragments.join('')).toBe(text);
  });

  it('puts the greeting before the first question only', () => {
    expect(questionUtterance(DEFAULT_SCRIPT, 0).text.startsWith(DEFAULT_SCRIPT.greeting)).toBe(true);
    expect(questionUtterance(DEFAULT_SCRIPT, 1).text).toBe(DEFAULT_SCRIPT.questions[1]);
  });

  it('numbers unscripted candidate answers from one', () => {
    expect(candidateAnswer({ ...DEFAULT_SCRIPT, candidateAnswers: ['Scripted.'] }, 0)).toBe('Scripted.');
    expect(candidateAnswer(DEFAULT_SCRIPT, 1)).toBe('(candidate answer 2)');
  });
});
