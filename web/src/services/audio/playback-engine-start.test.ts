import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAYBACK_TUNING, PlaybackEngine } from './playback-engine';
import type { PlaybackStatusMessage } from './worklet-messages';

// The player's start wait following the jitter of arriving replies, driven as the worklet is:
// chunks are queued between render quanta, at the times a jittery network delivers them.

const RATE = 24000;
const QUANTUM = 128;
const CHUNK = (40 * RATE) / 1000;
const ms = (samples: number) => (samples * 1000) / RATE;

function player(maxStretchPercent = 0) {
  const statuses: PlaybackStatusMessage[] = [];
  const tuning = { ...DEFAULT_PLAYBACK_TUNING, maxStretchPercent };
  const engine = new PlaybackEngine(RATE, RATE, tuning, (s) => statuses.push(s));
  let clock = 0;
  /** Streams a reply of 40 ms chunks, chunk i arriving `offsets(i)` ms off its slot; returns ms to first sound. */
  function reply(chunks: number, offsets: (i: number) => number): number {
    const arrivals = Array.from({ length: chunks }, (_, i) => clock + ((i * 40 + offsets(i) + 30) * RATE) / 1000);
    const first = arrivals[0] ?? clock;
    let next = 0;
    let audibleAt: number | undefined;
    const end = (arrivals.at(-1) ?? clock) + 1.5 * RATE; // then quiet, longer than a pause inside a reply
    while (clock < end) {
      while (next < chunks && (arrivals[next] ?? Infinity) <= clock) {
        engine.enqueue(new Int16Array(CHUNK).fill(8000));
        next++;
      }
      const out = new Float32Array(QUANTUM);
      engine.render(out);
      if (audibleAt === undefined && out.some((v) => v !== 0)) audibleAt = clock;
      clock += QUANTUM;
    }
    return ms((audibleAt ?? clock) - first);
  }
  const last = () => statuses.at(-1);
  return { reply, last };
}

/** ±30 ms at its worst: the first chunk 30 ms early, the sixth 30 ms late. */
const jitter = (i: number) => (i === 0 ? -30 : i === 5 ? 30 : 0);

describe('PlaybackEngine start wait (no time stretch)', () => {
  it('starts a reply after its first wait, then learns the jitter and plays the next ones without an underrun', () => {
    const { reply, last } = player();
    const firstWait = reply(20, jitter);
    expect(firstWait).toBeGreaterThanOrEqual(45);
    expect(firstWait).toBeLessThan(60);
    expect(last()?.underruns).toBe(1);
    expect(last()?.starvedSamples).toBeGreaterThan(0);
    reply(20, jitter);
    reply(20, jitter);
    expect(last()?.underruns).toBe(1);
    // 60 ms, give or take the render quantum on which arrivals are dated.
    expect(ms(last()?.startWaitSamples ?? 0)).toBeGreaterThanOrEqual(60);
    expect(ms(last()?.startWaitSamples ?? 0)).toBeLessThan(66);
  });

  it('starts at once on a steady network once a reply has shown it', () => {
    const { reply, last } = player();
    reply(20, () => 0);
    const wait = reply(20, () => 0);
    expect(wait).toBeLessThan(10);
    expect(last()?.underruns).toBe(0);
  });
});

describe('PlaybackEngine start with the time stretch', () => {
  it('starts the same jittery replies within its fast start and plays them without an underrun', () => {
    const { reply, last } = player(DEFAULT_PLAYBACK_TUNING.maxStretchPercent);
    const waits = [reply(20, jitter), reply(20, jitter), reply(20, jitter)];
    expect(Math.max(...waits)).toBeLessThanOrEqual(DEFAULT_PLAYBACK_TUNING.fastStartMs + ms(QUANTUM));
    expect(last()?.underruns).toBe(0);
    expect(last()?.stretchedSamples).toBeGreaterThan(0);
    expect(last()?.maxStretchRate).toBeLessThanOrEqual(DEFAULT_PLAYBACK_TUNING.maxStretchPercent / 100);
  });
});
