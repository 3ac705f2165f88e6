import { afterEach, describe, expect, it } from 'vitest';
import { type FakeGemini, startFakeGemini } from '../fake-gemini.ts';
import { connectLive } from '../testing/live-probe.ts';
import { mintToken } from '../testing/mint-token.ts';
import { sendSchedule } from './utterance-streamer.ts';

// Pacing of the interviewer's audio, read from the fake's own send timestamps.

let fake: FakeGemini | undefined;
afterEach(async () => {
  await fake?.close();
});

async function greetingSendTimes(pace: {
  speed: number;
  jitterMs: number;
}): Promise<{ times: number[]; audioMs: number }> {
  fake = await startFakeGemini({
    greetAt: 'setup',
    pace: { ...pace, replyDelayMs: 0 },
    script: { greeting: 'Hello.', questions: ['A question of about forty characters?'] },
  });
  const live = await connectLive(fake.url, await mintToken(fake.url));
  await live.next((m) => m.serverContent?.turnComplete === true, { timeoutMs: 8000 });
  live.session.close();
  const sent = fake.control.latestConversation().sent;
  return { times: sent.map((s) => s.at), audioMs: sent.reduce((n, s) => n + s.samples, 0) / 24 };
}

describe('UtteranceStreamer pacing', () => {
  it('sends 40 ms chunks at real time divided by the speed', async () => {
    const { times, audioMs } = await greetingSendTimes({ speed: 4, jitterMs: 0 });
    const spanMs = (times.at(-1) ?? 0) - (times[0] ?? 0);
    expect(audioMs).toBeGreaterThan(2000);
    expect(spanMs).toBeGreaterThan(audioMs / 4 - 80);
    expect(spanMs).toBeLessThan(audioMs / 4 + 250);
  });

  it('moves each chunk by at most the jitter, never reordering them', () => {
    const pace = { speed: 1, jitterMs: 30, chunkMs: 40, replyDelayMs: 0, instant: false };
    const times = sendSchedule(200, pace, 1234);
    const offsets = times.map((t, i) => t - i * 40);
    expect(times.slice(1).every((t, i) => t >= (times[i] ?? Infinity))).toBe(true);
    expect(Math.max(...offsets)).toBeLessThanOrEqual(30);
    expect(Math.min(...offsets)).toBeGreaterThanOrEqual(-30);
    expect(Math.max(...offsets) - Math.min(...offsets)).toBeGreaterThan(30);
    expect(sendSchedule(200, pace, 1234)).toEqual(times);
  });

  it('keeps an exact grid without jitter', () => {
    expect(sendSchedule(4, { speed: 2, jitterMs: 0, chunkMs: 40, replyDelayMs: 0, instant: false }, 1)).toEqual([
      0, 20, 40, 60,
    ]);
  });
});
