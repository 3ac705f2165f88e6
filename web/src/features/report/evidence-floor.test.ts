import { describe, expect, it } from 'vitest';
import type { Turn } from '../../lib/interview';
import { measureEvidence, notEnoughSentence } from './evidence-floor';

let seq = 0;
const turn = (role: Turn['role'], text: string): Turn => ({
  seq: ++seq,
  role,
  text,
  startMs: seq * 1000,
  endMs: seq * 1000 + 500,
});
const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

describe('measureEvidence', () => {
  it('does not count a typed answer given before any question', () => {
    const evidence = measureEvidence(
      [turn('candidate', words(80)), turn('interviewer', 'Tell me about yourself.')],
      'en-US',
    );
    expect(evidence).toEqual({ answers: 0, words: 0, enough: false });
  });

  it('is not enough with one long answer', () => {
    const evidence = measureEvidence(
      [turn('interviewer', 'Tell me about yourself.'), turn('candidate', words(200))],
      'en-US',
    );
    expect(evidence).toMatchObject({ answers: 1, enough: false });
  });

  it('is not enough with two answers under sixty words between them', () => {
    const turns = [
      turn('interviewer', 'Q1?'),
      turn('candidate', words(30)),
      turn('interviewer', 'Q2?'),
      turn('candidate', words(29)),
    ];
    expect(measureEvidence(turns, 'en-US')).toEqual({ answers: 2, words: 59, enough: false });
  });

  it('is enough with two answers and sixty words', () => {
    const turns = [
      turn('interviewer', 'Q1?'),
      turn('candidate', words(30)),
      turn('interviewer', 'Q2?'),
      turn('candidate', words(30)),
    ];
    expect(measureEvidence(turns, 'en-US')).toEqual({ answers: 2, words: 60, enough: true });
  });
});

describe('notEnoughSentence', () => {
  it('says what was said and what a report needs', () => {
    expect(notEnoughSentence({ answers: 1, words: 14, enough: false })).toMatch(
      /^You gave 1 answer of 14 words in all\. A fair report needs at least 2 answers and 60 words/,
    );
    expect(notEnoughSentence({ answers: 0, words: 0, enough: false })).toMatch(/^You did not answer a question\./);
  });
});
