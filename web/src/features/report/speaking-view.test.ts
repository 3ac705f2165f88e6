import { describe, expect, it } from 'vitest';
import { computeSpeakingStats } from '../../lib/speaking-stats';
import { answerCells, shortenAtWord, statFigures } from './speaking-view';
import type { Turn } from '../../lib/interview';
import { turn, TURNS } from './testing';

/** The turn with its voice heard for the whole 8 s it lasted. */
const heard = (t: Turn): Turn => ({
  ...t,
  speech: [{ startMs: t.startMs, endMs: t.endMs, voicedMs: t.endMs - t.startMs }],
});
const typed = (seq: number, text: string): Turn => ({ ...turn(seq, 'candidate', text), typed: true });
const byLabel = (turns: Turn[]) =>
  Object.fromEntries(statFigures(computeSpeakingStats(turns, 'en-US')).map((f) => [f.label, f]));

describe('statFigures', () => {
  it('shows pace, fillers, talk share, pauses and average answer from the voiced turns', () => {
    const figures = byLabel(TURNS.map(heard));
    // 22 candidate words in 16 s of voice.
    expect(figures['Speaking pace']?.value).toBe('83 wpm');
    expect(figures['Filler words']).toMatchObject({
      value: '1',
      detail: expect.stringContaining('“um” ×1') as unknown,
    });
    expect(figures['Your share of talk time']).toMatchObject({ value: '50%', detail: 'The interviewer had 50%' });
    expect(figures['Longest pause before answering']).toMatchObject({ value: '2.0 s', detail: 'Before answer 1' });
    expect(figures['Pauses mid-answer']).toMatchObject({
      value: '0',
      detail: 'No silence of 1.0 s or more inside an answer',
    });
    expect(figures['Average answer']).toMatchObject({
      value: '11 words',
      detail: 'About 8 s each, first word to last',
    });
    expect(figures['Typed answers']).toBeUndefined();
  });

  it('says "Not measured", not a number, for an older interview saved without voice timing', () => {
    const figures = byLabel(TURNS);
    expect(figures['Speaking pace']).toMatchObject({
      value: 'Not measured',
      detail: 'Your voice was not timed in this interview, so there is no pace',
    });
    expect(figures['Your share of talk time']?.value).toBe('Not measured');
    expect(figures['Longest pause before answering']?.value).toBe('Not measured');
    expect(figures['Pauses mid-answer']?.value).toBe('Not measured');
    expect(figures['Average answer']).toMatchObject({ value: '11 words', detail: 'Length not measured' });
  });

  it('shows typed answers on their own and keeps them out of the pace', () => {
    const figures = byLabel([
      ...TURNS.map(heard),
      heard(turn(4, 'interviewer', 'Anything else?')),
      typed(5, 'Yes, I would also add a cache in front of the hottest shard.'),
    ]);
    expect(figures['Typed answers']).toMatchObject({ value: '1', detail: '13 words, kept out of pace and pauses' });
    expect(figures['Speaking pace']?.value).toBe('83 wpm');
    expect(figures['Your share of talk time']?.detail).toBe('The interviewer had 60%; typed answers are not in it');
  });

  it('shows a dash with a reason, not zero, when there is nothing to measure', () => {
    const figures = byLabel([turn(0, 'interviewer', 'Hello?')]);
    expect(figures['Speaking pace']).toMatchObject({ value: '—', detail: 'No spoken answers' });
    expect(figures['Filler words']?.detail).toBe('No spoken answers to count');
    expect(figures['Average answer']?.value).toBe('—');
  });

  it('says why an interview answered only by typing has no pace', () => {
    expect(byLabel([turn(0, 'interviewer', 'Hello?'), typed(1, 'Hello, I am Sam.')])['Speaking pace']).toMatchObject({
      value: '—',
      detail: 'Your answers were typed, so there is no pace',
    });
  });
});

describe('answerCells', () => {
  it('writes one row per answer and shortens a long question', () => {
    const [first] = computeSpeakingStats(
      [heard(turn(0, 'interviewer', 'Why '.repeat(40))), heard(turn(1, 'candidate', 'Because, um, it scales.'))],
      'en-US',
    ).answers;
    const cells = answerCells(first!, 20);
    expect(cells).toMatchObject({
      index: 1,
      words: '4',
      duration: '8 s',
      pace: '30',
      fillers: '1',
      pause: '2.0 s',
      pauses: '0',
    });
    expect(cells.question).toBe('Why Why Why Why Why…');
  });

  it('cuts a long question between words, never inside one', () => {
    const question = 'Tell me about a time you disagreed with a colleague about an architecture decision';
    expect(shortenAtWord(question, 30)).toBe('Tell me about a time you…');
    expect(shortenAtWord('Describe, in detail, your approach', 12)).toBe('Describe…');
    expect(shortenAtWord('Short one', 30)).toBe('Short one');
    expect(shortenAtWord('Supercalifragilistic', 10)).toBe('Supercali…');
  });

  it('marks typed answers as typed and unmeasured ones with a dash', () => {
    const [typedRow] = computeSpeakingStats([typed(0, 'Typed it.')], 'en-US').answers;
    expect(answerCells(typedRow!)).toMatchObject({
      words: '2',
      duration: 'typed',
      pace: 'typed',
      pause: 'typed',
      pauses: 'typed',
    });
    const [oldRow] = computeSpeakingStats(
      [turn(0, 'interviewer', 'Why?'), turn(1, 'candidate', 'Because.')],
      'en-US',
    ).answers;
    expect(answerCells(oldRow!)).toMatchObject({ duration: '—', pace: '—', pause: '—', pauses: '—' });
  });

  it('marks an answer given before any question', () => {
    const [first] = computeSpeakingStats([turn(0, 'candidate', 'Hello there.')], 'en-US').answers;
    expect(answerCells(first!)).toMatchObject({ question: '(before any question)', pause: '—' });
  });
});
