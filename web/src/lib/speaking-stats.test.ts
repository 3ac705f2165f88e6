import { describe, expect, it } from 'vitest';
import type { Speaker, Turn } from './interview';
import { computeSpeakingStats } from './speaking-stats';

/** A turn whose voice was heard over `spans` ([start, end] in ms); its text arrived at 1 s per span later, as transcription does. */
const voiced = (seq: number, role: Speaker, text: string, spans: [number, number][]): Turn => ({
  seq,
  role,
  text,
  startMs: (spans[0]?.[0] ?? 0) + 1_000,
  endMs: (spans.at(-1)?.[1] ?? 0) + 1_000,
  speech: spans.map(([startMs, endMs]) => ({ startMs, endMs, voicedMs: endMs - startMs })),
});
const unmeasured = (seq: number, role: Speaker, text: string, startMs: number, endMs: number): Turn => ({
  seq,
  role,
  text,
  startMs,
  endMs,
});
const typed = (seq: number, text: string, atMs: number): Turn => ({
  seq,
  role: 'candidate',
  text,
  startMs: atMs,
  endMs: atMs,
  typed: true,
});

// Three answers with their voice measured. Answer 1: 20 words over 8 s of voice. Answer 2 is
// split over two turns: 16 words over 4 + 4 s of voice with a 2.5 s thinking pause in the first
// turn and 1 s between the turns. Answer 3 overlaps the question (a barge-in): 4 words in 4 s.
// 40 words in 20 s of voice = 120 wpm. The interviewer's playback adds up to 10 s.
const interview: Turn[] = [
  voiced(0, 'interviewer', 'Tell me about yourself.', [[0, 4_000]]),
  voiced(
    1,
    'candidate',
    'Um, I am a backend engineer. I like Python, and I have, like, five years of experience building web APIs.',
    [[6_000, 14_000]],
  ),
  voiced(2, 'interviewer', 'How would you design a rate limiter?', [[16_500, 19_500]]),
  voiced(3, 'candidate', 'I would use a token bucket per user.', [
    [23_000, 25_000],
    [27_500, 29_500],
  ]),
  voiced(4, 'candidate', 'Basically, you know, the bucket refills every second.', [[30_500, 34_500]]),
  voiced(5, 'interviewer', 'Thanks.', [[36_500, 38_000]]),
  voiced(6, 'interviewer', 'Last question: why this role?', [[40_000, 41_500]]),
  voiced(7, 'candidate', 'Because I love learning.', [[41_000, 45_000]]),
];

describe('computeSpeakingStats from voiced spans', () => {
  const stats = computeSpeakingStats(interview, 'en-US');

  it('computes words per minute over the voiced time only, not the transcript arrival times', () => {
    expect(stats.candidateWords).toBe(40);
    expect(stats.candidateSpeakingMs).toBe(20_000);
    expect(stats.wordsPerMinute).toBe(120);
  });

  it('computes the talk share from both voices: the candidate’s spans against the interviewer’s playback', () => {
    expect(stats.interviewerSpeakingMs).toBe(10_000);
    expect(stats.candidateTalkShare).toBeCloseTo(20 / 30, 10);
  });

  it('counts fillers but not "I like Python"', () => {
    expect(stats.fillers.total).toBe(4);
    expect(stats.fillers.perHundredWords).toBe(10);
  });

  it('measures the pause before answering from voice to voice, an overlap counting as none', () => {
    expect(stats.answers.map((a) => a.pauseBeforeMs)).toEqual([2_000, 3_500, 0]);
    expect(stats.longestPause).toEqual({ ms: 3_500, answerIndex: 2 });
  });

  it('finds the pauses mid-answer between voiced spans, across the turns of one answer, from 1 s up', () => {
    expect(stats.answers.map((a) => a.pauses)).toEqual([
      [],
      [
        { atMs: 25_000, ms: 2_500 },
        { atMs: 29_500, ms: 1_000 },
      ],
      [],
    ]);
    expect(stats.midAnswerPauses).toEqual({ count: 2, longest: { ms: 2_500, answerIndex: 2 } });
  });

  it('gives each answer its words, voiced time, length from first to last voice, and pace', () => {
    expect(
      stats.answers.map(({ words, speakingMs, lengthMs, wordsPerMinute, timing }) => ({
        words,
        speakingMs,
        lengthMs,
        wordsPerMinute,
        timing,
      })),
    ).toEqual([
      { words: 20, speakingMs: 8_000, lengthMs: 8_000, wordsPerMinute: 150, timing: 'measured' },
      { words: 16, speakingMs: 8_000, lengthMs: 11_500, wordsPerMinute: 120, timing: 'measured' },
      { words: 4, speakingMs: 4_000, lengthMs: 4_000, wordsPerMinute: 60, timing: 'measured' },
    ]);
    expect(stats.answers[2]?.question).toBe('Thanks. Last question: why this role?');
  });

  it('averages spoken answers in words and in length', () => {
    expect(stats.averageAnswer?.words).toBeCloseTo(40 / 3, 10);
    expect(stats.averageAnswer?.lengthMs).toBeCloseTo(23_500 / 3, 10);
  });

  it('gives the same answer whatever order the turns arrive in', () => {
    expect(computeSpeakingStats([...interview].reverse(), 'en-US')).toEqual(stats);
  });
});

describe('computeSpeakingStats with typed answers', () => {
  const spokenOnly = computeSpeakingStats(interview, 'en-US');
  // The same interview with a long typed answer to a fourth question, typed in an instant.
  const withTyped = computeSpeakingStats(
    [
      ...interview,
      voiced(8, 'interviewer', 'Anything else?', [[50_000, 51_000]]),
      typed(9, 'Yes: '.repeat(70).trim(), 90_000),
    ],
    'en-US',
  );

  it('never lets a typed answer change the pace, the pauses or the fillers', () => {
    expect(withTyped.wordsPerMinute).toBe(spokenOnly.wordsPerMinute);
    expect(withTyped.midAnswerPauses).toEqual(spokenOnly.midAnswerPauses);
    expect(withTyped.longestPause).toEqual(spokenOnly.longestPause);
    expect(withTyped.fillers).toEqual(spokenOnly.fillers);
    expect(withTyped.averageAnswer).toEqual(spokenOnly.averageAnswer);
  });

  it('counts typed answers and their words on their own', () => {
    expect(withTyped.typed).toEqual({ answers: 1, words: 70 });
    expect(withTyped.spokenAnswers).toBe(3);
    expect(withTyped.answers.at(-1)).toMatchObject({
      words: 70,
      typedWords: 70,
      timing: 'typed',
      wordsPerMinute: null,
      speakingMs: null,
      pauseBeforeMs: null,
    });
  });

  it('keeps the spoken part of an answer that was partly typed', () => {
    const mixed = computeSpeakingStats(
      [
        voiced(0, 'interviewer', 'Why?', [[0, 1_000]]),
        voiced(1, 'candidate', 'Because it scales well', [[2_000, 4_000]]),
        typed(2, 'and here is a long link I pasted in', 9_000),
      ],
      'en-US',
    );
    expect(mixed.answers[0]).toMatchObject({ words: 13, typedWords: 9, wordsPerMinute: 120, timing: 'measured' });
    expect(mixed.wordsPerMinute).toBe(120);
  });

  it('has no pace at all for an interview answered only by typing', () => {
    const allTyped = computeSpeakingStats(
      [voiced(0, 'interviewer', 'Hello, who are you?', [[0, 2_000]]), typed(1, 'I am Sam, a developer.', 5_000)],
      'en-US',
    );
    expect(allTyped).toMatchObject({
      wordsPerMinute: null,
      candidateSpeakingMs: null,
      candidateTalkShare: null,
      midAnswerPauses: null,
      averageAnswer: null,
      spokenAnswers: 0,
    });
    expect(allTyped.typed).toEqual({ answers: 1, words: 5 });
  });
});

describe('computeSpeakingStats without measured voice', () => {
  it('shows no pace, pauses or talk share for an older interview stored without spans', () => {
    const old = computeSpeakingStats(
      [
        unmeasured(0, 'interviewer', 'Tell me about yourself.', 0, 4_000),
        unmeasured(1, 'candidate', 'I build web APIs in Python.', 6_000, 6_000),
      ],
      'en-US',
    );
    expect(old).toMatchObject({
      candidateWords: 6,
      wordsPerMinute: null,
      candidateSpeakingMs: null,
      interviewerSpeakingMs: null,
      candidateTalkShare: null,
      longestPause: null,
      midAnswerPauses: null,
    });
    expect(old.answers[0]).toMatchObject({ timing: 'not-measured', words: 6, speakingMs: null, lengthMs: null });
    expect(old.averageAnswer).toEqual({ words: 6, lengthMs: null });
  });

  it('takes no pace from an answer whose voice was measured as far too short for its words', () => {
    // 40 words in 0.1 s of voice is 24,000 wpm: the detector missed the answer, so no pace.
    const missed = voiced(1, 'candidate', 'word '.repeat(40).trim(), [[5_000, 5_100]]);
    const stats = computeSpeakingStats([voiced(0, 'interviewer', 'Go on.', [[0, 1_000]]), missed], 'en-US');
    expect(stats.answers[0]).toMatchObject({ timing: 'implausible', wordsPerMinute: null, speakingMs: 100 });
    expect(stats.wordsPerMinute).toBeNull();
  });

  it('has no pace for words the detector heard no voice for', () => {
    const silent = { ...unmeasured(1, 'candidate', 'Hello there', 500, 500), speech: [] };
    const stats = computeSpeakingStats([silent], 'en-US');
    expect(stats.answers[0]).toMatchObject({ timing: 'implausible', wordsPerMinute: null, pauseBeforeMs: null });
    expect(stats.wordsPerMinute).toBeNull();
  });

  it('leaves the talk share out when only some of the candidate’s answers were measured', () => {
    const stats = computeSpeakingStats(
      [
        ...interview,
        voiced(8, 'interviewer', 'Anything else?', [[50_000, 51_000]]),
        unmeasured(9, 'candidate', 'One more thing.', 60_000, 61_000),
      ],
      'en-US',
    );
    expect(stats.candidateTalkShare).toBeNull();
    expect(stats.wordsPerMinute).toBe(120);
  });

  it('has nothing to say about an empty transcript', () => {
    expect(computeSpeakingStats([], 'en-US')).toEqual({
      candidateWords: 0,
      spokenAnswers: 0,
      typed: { answers: 0, words: 0 },
      candidateSpeakingMs: null,
      interviewerSpeakingMs: null,
      wordsPerMinute: null,
      fillers: { total: 0, perHundredWords: null, counts: [] },
      candidateTalkShare: null,
      longestPause: null,
      midAnswerPauses: null,
      averageAnswer: null,
      answers: [],
    });
  });

  it('uses the fillers of the interview language', () => {
    const german = computeSpeakingStats(
      [voiced(0, 'candidate', 'Äh, ich würde sozusagen ähm Redis nehmen.', [[0, 6_000]])],
      'de-DE',
    );
    expect(german.fillers.counts).toEqual([
      { filler: 'äh', count: 2 },
      { filler: 'sozusagen', count: 1 },
    ]);
    expect(german.candidateWords).toBe(7);
    expect(german.wordsPerMinute).toBe(70);
  });
});
