import { describe, expect, it } from 'vitest';
import { computeSpeakingStats } from '../../lib/speaking-stats';
import { answerCells, shortenAtWord, statFigures } from './speaking-view';
import { turn, TURNS } from './testing';

describe('statFigures', () => {
  it('shows pace, fillers, talk share, longest pause and average answer from the turns', () => {
    const figures = statFigures(computeSpeakingStats(TURNS, 'en-US'));
    const byLabel = Object.fromEntries(figures.map((f) => [f.label, f]));
    // 22 candidate words in 16 s of speaking.
    expect(byLabel['Speaking pace']?.value).toBe('83 wpm');
    expect(byLabel['Filler words']).toMatchObject({ value: '1', detail: expect.stringContaining('“um” ×1') as unknown });
    expect(byLabel['Your share of talk time']).toMatchObject({ value: '50%', detail: 'The interviewer had 50%' });
    expect(byLabel['Longest pause before answering']).toMatchObject({ value: '2.0 s', detail: 'Before answer 1' });
    expect(byLabel['Average answer']).toMatchObject({ value: '11 words', detail: 'About 8 s each' });
  });

  it('shows a dash with a reason, not zero, when there is nothing to measure', () => {
    const figures = statFigures(computeSpeakingStats([turn(0, 'interviewer', 'Hello?')], 'en-US'));
    expect(figures.find((f) => f.label === 'Speaking pace')).toMatchObject({ value: '—', detail: 'No timed answers' });
    expect(figures.find((f) => f.label === 'Filler words')?.detail).toBe('No answers to count');
    expect(figures.find((f) => f.label === 'Average answer')?.value).toBe('—');
  });
});

describe('answerCells', () => {
  it('writes one row per answer and shortens a long question', () => {
    const [first] = computeSpeakingStats([turn(0, 'interviewer', 'Why '.repeat(40)), turn(1, 'candidate', 'Because, um, it scales.')], 'en-US').answers;
    const cells = answerCells(first!, 20);
    expect(cells).toMatchObject({ index: 1, words: '4', duration: '8 s', pace: '30', fillers: '1', pause: '2.0 s' });
    expect(cells.question).toBe('Why Why Why Why Why…');
  });

  it('cuts a long question between words, never inside one', () => {
    const question = 'Tell me about a time you disagreed with a colleague about an architecture decision';
    expect(shortenAtWord(question, 30)).toBe('Tell me about a time you…');
    expect(shortenAtWord('Describe, in detail, your approach', 12)).toBe('Describe…');
    expect(shortenAtWord('Short one', 30)).toBe('Short one');
    expect(shortenAtWord('Supercalifragilistic', 10)).toBe('Supercali…');
  });

  it('marks an answer given before any question', () => {
    const [first] = computeSpeakingStats([turn(0, 'candidate', 'Hello there.')], 'en-US').answers;
    expect(answerCells(first!)).toMatchObject({ question: '(before any question)', pause: '—' });
  });
});
