import { describe, expect, it } from 'vitest';
import type { Speaker, Turn } from './interview';
import { computeSpeakingStats } from './speaking-stats';

const turn = (seq: number, role: Speaker, startMs: number, endMs: number, text: string): Turn => ({ seq, role, text, startMs, endMs });

// Three answers. Answer 1 has 20 words in 10 s, answer 2 is split over two turns (16 words in
// 12 s), answer 3 interrupts the interviewer (4 words in 8 s). 40 words in 30 s = 80 wpm.
const interview: Turn[] = [
  turn(0, 'interviewer', 0, 4_000, 'Tell me about yourself.'),
  turn(1, 'candidate', 6_000, 16_000, 'Um, I am a backend engineer. I like Python, and I have, like, five years of experience building web APIs.'),
  turn(2, 'interviewer', 16_500, 19_500, 'How would you design a rate limiter?'),
  turn(3, 'candidate', 23_000, 29_000, 'I would use a token bucket per user.'),
  turn(4, 'candidate', 30_000, 36_000, 'Basically, you know, the bucket refills every second.'),
  turn(5, 'interviewer', 36_500, 38_000, 'Thanks.'),
  turn(6, 'interviewer', 40_000, 41_500, 'Last question: why this role?'),
  turn(7, 'candidate', 41_000, 49_000, 'Because I love learning.'),
];

describe('computeSpeakingStats', () => {
  const stats = computeSpeakingStats(interview, 'en-US');

  it('computes words per minute over the candidate speaking time only', () => {
    expect(stats.candidateWords).toBe(40);
    expect(stats.candidateSpeakingMs).toBe(30_000);
    expect(stats.wordsPerMinute).toBe(80);
  });

  it('computes the talk-time ratio of candidate to interviewer', () => {
    expect(stats.interviewerSpeakingMs).toBe(10_000);
    expect(stats.candidateTalkShare).toBe(0.75);
  });

  it('counts fillers but not "I like Python"', () => {
    expect(stats.fillers.total).toBe(4);
    expect(stats.fillers.perHundredWords).toBe(10);
    expect(stats.fillers.counts).toEqual([
      { filler: 'basically', count: 1 },
      { filler: 'like', count: 1 },
      { filler: 'um', count: 1 },
      { filler: 'you know', count: 1 },
    ]);
  });

  it('finds the longest pause before answering, counting an interruption as no pause', () => {
    expect(stats.answers.map((a) => a.pauseBeforeMs)).toEqual([2_000, 3_500, 0]);
    expect(stats.longestPause).toEqual({ ms: 3_500, answerIndex: 2 });
  });

  it('treats consecutive candidate turns as one answer and joins consecutive questions', () => {
    expect(stats.answers).toEqual([
      { index: 1, question: 'Tell me about yourself.', startMs: 6_000, words: 20, durationMs: 10_000, wordsPerMinute: 120, fillers: 2, pauseBeforeMs: 2_000 },
      { index: 2, question: 'How would you design a rate limiter?', startMs: 23_000, words: 16, durationMs: 12_000, wordsPerMinute: 80, fillers: 2, pauseBeforeMs: 3_500 },
      { index: 3, question: 'Thanks. Last question: why this role?', startMs: 41_000, words: 4, durationMs: 8_000, wordsPerMinute: 30, fillers: 0, pauseBeforeMs: 0 },
    ]);
  });

  it('averages answer length in words and seconds', () => {
    expect(stats.averageAnswer?.words).toBeCloseTo(40 / 3, 10);
    expect(stats.averageAnswer?.durationMs).toBe(10_000);
  });

  it('gives the same answer whatever order the turns arrive in', () => {
    expect(computeSpeakingStats([...interview].reverse(), 'en-US')).toEqual(stats);
  });

  it('has nothing to say about an empty transcript', () => {
    expect(computeSpeakingStats([], 'en-US')).toEqual({
      candidateWords: 0,
      candidateSpeakingMs: 0,
      interviewerSpeakingMs: 0,
      wordsPerMinute: null,
      fillers: { total: 0, perHundredWords: null, counts: [] },
      candidateTalkShare: null,
      longestPause: null,
      averageAnswer: null,
      answers: [],
    });
  });

  it('has no pause for an answer given before any question, and no rate for zero-length turns', () => {
    const stats = computeSpeakingStats([turn(0, 'candidate', 500, 500, 'Hello there'), turn(1, 'interviewer', 600, 900, 'Hi')], 'en-US');
    expect(stats.answers).toEqual([
      { index: 1, startMs: 500, words: 2, durationMs: 0, wordsPerMinute: null, fillers: 0, pauseBeforeMs: null },
    ]);
    expect(stats.longestPause).toBeNull();
    expect(stats.candidateTalkShare).toBe(0);
  });

  it('uses the fillers of the interview language', () => {
    const german = computeSpeakingStats([turn(0, 'candidate', 0, 6_000, 'Äh, ich würde sozusagen ähm Redis nehmen.')], 'de-DE');
    expect(german.fillers.counts).toEqual([
      { filler: 'äh', count: 2 },
      { filler: 'sozusagen', count: 1 },
    ]);
    expect(german.candidateWords).toBe(7);
    expect(german.wordsPerMinute).toBe(70);
  });
});
