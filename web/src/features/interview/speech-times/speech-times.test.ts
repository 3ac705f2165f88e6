import { describe, expect, it } from 'vitest';
import type { Speaker } from '../../../lib/interview';
import type { TranscriptTurn } from '../transcript/transcript';
import { createSpeechTimes } from './speech-times';

const turn = (seq: number, role: Speaker, startMs: number, extra: Partial<TranscriptTurn> = {}): TranscriptTurn => ({
  seq,
  role,
  text: `turn ${seq}`,
  startMs,
  endMs: startMs,
  interrupted: false,
  open: false,
  ...extra,
});

/** Speech times whose detector stream runs `ahead` ms in front of the interview clock. */
function times(ahead = 0) {
  const rewritten: TranscriptTurn[] = [];
  const t = createSpeechTimes((turns) => rewritten.push(...turns));
  /** Candidate voice from..to (interview time), reported `lag` ms after each moment. */
  const voice = (fromMs: number, toMs: number, lag = 0, voicedMs = toMs - fromMs) => {
    t.candidate({ type: 'speech-start', streamMs: fromMs + ahead }, fromMs + ahead + lag, fromMs + lag);
    t.candidate({ type: 'speech-end', streamMs: toMs + ahead, voicedMs }, toMs + ahead + lag, toMs + lag);
  };
  const playback = (fromMs: number, toMs: number) => {
    t.interviewerPlaying(true, fromMs);
    t.interviewerPlaying(false, toMs);
  };
  return { t, voice, playback, rewritten };
}

describe('createSpeechTimes', () => {
  it('maps detector times onto the interview clock, keeping the span lengths the detector measured', () => {
    const { t, voice } = times(2_500);
    voice(4_000, 7_000, 300, 2_800);
    // A later reading with more lag does not move the spans: the least lag is the best alignment.
    voice(8_000, 9_000, 450);
    expect(t.annotate([turn(2, 'candidate', 9_500)])[0]?.speech).toEqual([
      { startMs: 4_000, endMs: 7_000, voicedMs: 2_800 },
      { startMs: 8_000, endMs: 9_000, voicedMs: 1_000 },
    ]);
  });

  it('drops candidate voice heard entirely under the interviewer, and keeps a barge-in that outlasts it', () => {
    const { t, voice } = times();
    t.interviewerPlaying(true, 1_000);
    voice(2_000, 2_400); // "mm-hm" (or echo) while the question plays
    t.candidate({ type: 'speech-start', streamMs: 3_000 }, 3_000, 3_000); // speaks over it...
    t.interviewerPlaying(false, 3_300); // ...and it stops: a barge-in
    t.candidate({ type: 'speech-end', streamMs: 6_000, voicedMs: 3_000 }, 6_000, 6_000);
    expect(t.annotate([turn(1, 'interviewer', 1_000)])[0]?.speech).toEqual([
      { startMs: 1_000, endMs: 3_300, voicedMs: 2_300 },
    ]);
    // Its first words were transcribed at 3.1 s, while the question still played.
    expect(t.annotate([turn(2, 'candidate', 3_100)])[0]?.speech).toEqual([
      { startMs: 3_000, endMs: 6_000, voicedMs: 3_000 },
    ]);
  });

  it('leaves out voice no transcript took up before the last reply finished', () => {
    const { t, voice, playback } = times();
    voice(5_000, 5_300); // a cough after the first question: no words came of it
    playback(10_000, 14_000); // the interviewer nudges
    voice(15_000, 20_000);
    expect(t.annotate([turn(3, 'candidate', 20_500)])[0]?.speech).toEqual([
      { startMs: 15_000, endMs: 20_000, voicedMs: 5_000 },
    ]);
  });

  it('saves a turn again once the voice it claimed while still going has ended', () => {
    const { t, rewritten } = times();
    t.interviewerPlaying(true, 0);
    expect(t.annotate([turn(1, 'interviewer', 0, { text: 'Hello' })])[0]?.speech).toEqual([]);
    t.interviewerPlaying(false, 2_500);
    expect(rewritten).toEqual([
      expect.objectContaining({ seq: 1, text: 'Hello', speech: [{ startMs: 0, endMs: 2_500, voicedMs: 2_500 }] }),
    ]);
  });

  it('gives a reply saved before its playback began the next playback', () => {
    const { t, playback, rewritten } = times();
    expect(t.annotate([turn(1, 'interviewer', 0)])[0]?.speech).toEqual([]);
    playback(200, 1_200);
    expect(rewritten.map((r) => [r.seq, r.speech])).toEqual([[1, [{ startMs: 200, endMs: 1_200, voicedMs: 1_000 }]]]);
    expect(t.annotate([turn(3, 'interviewer', 5_000)])[0]?.speech).toEqual([]);
  });

  it('keeps the voice a turn took when the same turn is saved again with late words', () => {
    const { t, voice } = times();
    voice(1_000, 3_000);
    t.annotate([turn(2, 'candidate', 3_100)]);
    voice(4_000, 5_000); // the next answer begins
    expect(t.annotate([turn(2, 'candidate', 3_100, { text: 'turn 2, late words' })])[0]).toMatchObject({
      text: 'turn 2, late words',
      speech: [{ startMs: 1_000, endMs: 3_000, voicedMs: 2_000 }],
    });
    expect(t.annotate([turn(4, 'candidate', 5_100)])[0]?.speech).toEqual([
      { startMs: 4_000, endMs: 5_000, voicedMs: 1_000 },
    ]);
  });

  it('gives a typed answer no voice, and drops the voice waiting when it was typed', () => {
    const { t, voice } = times();
    voice(1_000, 1_500);
    const [typedTurn] = t.annotate([turn(2, 'candidate', 2_000, { typed: true })]);
    expect(typedTurn).not.toHaveProperty('speech');
    voice(3_000, 4_000);
    expect(t.annotate([turn(3, 'candidate', 4_500)])[0]?.speech).toEqual([
      { startMs: 3_000, endMs: 4_000, voicedMs: 1_000 },
    ]);
  });

  it('starts again when the microphone restarts and the stream clock goes back to zero', () => {
    const { t } = times();
    t.candidate({ type: 'speech-start', streamMs: 50_000 }, 50_000, 10_000);
    t.candidate({ type: 'speech-end', streamMs: 51_000, voicedMs: 1_000 }, 51_000, 11_000);
    t.candidate({ type: 'speech-start', streamMs: 1_000 }, 1_000, 30_000);
    t.candidate({ type: 'speech-end', streamMs: 2_000, voicedMs: 1_000 }, 2_000, 31_000);
    expect(t.annotate([turn(2, 'candidate', 31_500)])[0]?.speech).toEqual([
      { startMs: 10_000, endMs: 11_000, voicedMs: 1_000 },
      { startMs: 30_000, endMs: 31_000, voicedMs: 1_000 },
    ]);
  });
});
