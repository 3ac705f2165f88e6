import { describe, expect, it } from 'vitest';
import { createAnswerAudio, HOLD_MS } from './answer-audio';

/** 20 ms of 16 kHz audio whose first sample is `v`. */
const chunk = (v: number) => {
  const pcm = new Int16Array(320);
  pcm[0] = v;
  return pcm;
};

describe('createAnswerAudio', () => {
  it('holds audio back until an answer opens, then hands over what came from just before its start', () => {
    const sent: number[] = [];
    const audio = createAnswerAudio((pcm) => sent.push(pcm[0] ?? 0));
    for (let i = 1; i <= 100; i++) audio.push(chunk(i)); // 2 s
    expect(sent).toEqual([]);
    // Speech began at 1.5 s, reported late: the pre-roll starts PRE_ROLL_MS earlier, at 1.2 s (chunk 61).
    const preRoll = audio.open(1_500).map((p) => p[0]);
    expect(preRoll[0]).toBe(1_200 / 20 + 1);
    expect(preRoll.at(-1)).toBe(100);
    expect(preRoll).toHaveLength(40);
    audio.push(chunk(101));
    expect(sent).toEqual([101]);
    audio.close();
    audio.push(chunk(102));
    expect(sent).toEqual([101]);
  });

  it('keeps at most HOLD_MS of held audio', () => {
    const audio = createAnswerAudio(() => undefined);
    const chunks = HOLD_MS / 20 + 50;
    for (let i = 1; i <= chunks; i++) audio.push(chunk(i));
    const preRoll = audio.open(0);
    expect(preRoll.length).toBeLessThanOrEqual(HOLD_MS / 20 + 1);
    expect(preRoll.at(-1)?.[0]).toBe(chunks);
  });

  it('dates chunks by the stream time it is given, so audio before a muted gap is not taken as pre-roll', () => {
    const audio = createAnswerAudio(() => undefined);
    audio.push(chunk(1), 1_000);
    audio.push(chunk(2), 1_020);
    // Muted from 1.02 s to 5 s: no chunks, then speech at 5.1 s.
    audio.push(chunk(3), 5_020);
    audio.push(chunk(4), 5_040);
    expect(audio.open(5_100).map((p) => p[0])).toEqual([3, 4]);
  });
});
