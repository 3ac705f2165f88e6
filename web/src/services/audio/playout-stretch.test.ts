import { describe, expect, it } from 'vitest';
import { int16ToFloat } from '../../lib/pcm';
import { DEFAULT_PLAYBACK_TUNING, PlaybackEngine } from './playback-engine';

// The time stretch inside the player, driven as the worklet drives it: chunks queued between
// render quanta at the times a jittery network delivers them. Every sample it does not insert must
// be the reply's own, bit for bit; only streamed replies are stretched, and never faster than the
// limit.

const RATE = 24000;
const QUANTUM = 128;
const CHUNK = (40 * RATE) / 1000;

/** A voice-like reply: two harmonics of 140 Hz under a 4 Hz syllable envelope, never exactly 0. */
function reply(ms: number): Int16Array {
  return new Int16Array((ms * RATE) / 1000).map((_, i) => {
    const t = i / RATE;
    const envelope = 0.2 + 0.8 * Math.sin(Math.PI * 4 * t) ** 2;
    return Math.round(9000 * envelope * (Math.sin(2 * Math.PI * 140 * t) + 0.4 * Math.sin(2 * Math.PI * 280 * t))) || 1;
  });
}

interface Played {
  /** The output with every inserted sample left out. */
  original: number[];
  inserted: number;
  underruns: number;
  /** The player's own report of its highest lengthening rate. */
  maxRate: number;
  /** The same, measured here from which output samples were inserted, over every 200 ms window. */
  maxRateSeen: number;
}

/** The highest share inserted ÷ original over any `window` consecutive output samples. */
function highestRate(marks: boolean[], window: number): number {
  let inWindow = 0;
  let highest = 0;
  marks.forEach((inserted, i) => {
    inWindow += (inserted ? 1 : 0) - (i >= window && marks[i - window] ? 1 : 0);
    highest = Math.max(highest, inWindow / (window - inWindow));
  });
  return highest;
}

/** Plays `pcm` in 40 ms chunks, chunk i arriving `offsetMs(i)` off its slot, and separates inserted samples out. */
function play(pcm: Int16Array, offsetMs: (i: number) => number): Played {
  const engine = new PlaybackEngine(RATE, RATE, DEFAULT_PLAYBACK_TUNING, () => undefined);
  const chunks = Math.ceil(pcm.length / CHUNK);
  const arrivals = Array.from({ length: chunks }, (_, i) => ((i * 40 + 30 + offsetMs(i)) * RATE) / 1000);
  const original: number[] = [];
  const marks: boolean[] = [];
  let next = 0;
  let pendingInserted = 0;
  for (let clock = 0; clock < (arrivals.at(-1) ?? 0) + RATE; clock += QUANTUM) {
    for (; next < chunks && (arrivals[next] ?? Infinity) <= clock; next++)
      engine.enqueue(pcm.slice(next * CHUNK, (next + 1) * CHUNK));
    const before = engine.status().stretchedSamples;
    const out = new Float32Array(QUANTUM);
    engine.render(out);
    // A period is inserted in front of the queue, so it is the next samples that play.
    pendingInserted += engine.status().stretchedSamples - before;
    for (const sample of out) {
      marks.push(pendingInserted > 0);
      if (pendingInserted > 0) pendingInserted--;
      else if (sample !== 0) original.push(sample);
    }
  }
  const status = engine.status();
  return {
    original,
    inserted: status.stretchedSamples,
    underruns: status.underruns,
    maxRate: status.maxStretchRate,
    maxRateSeen: highestRate(marks, (200 * RATE) / 1000),
  };
}

describe('PlayoutStretch in the player', () => {
  it('plays a reply sent whole untouched, bit for bit', () => {
    const pcm = reply(1000);
    const played = play(pcm, (i) => -30 - i * 40);
    expect(played.inserted).toBe(0);
    expect(played.original).toEqual([...int16ToFloat(pcm)]);
  });

  it('lengthens a jittery streamed reply instead of running dry, and leaves every other sample bit-exact', () => {
    const pcm = reply(2000);
    // ±30 ms, the harsh way round: the first chunk early, every fifth one late.
    const played = play(pcm, (i) => (i === 0 ? -30 : i % 5 === 0 ? 30 : 0));
    expect(played.underruns).toBe(0);
    expect(played.inserted).toBeGreaterThan(0);
    expect(played.original).toEqual([...int16ToFloat(pcm)]);
    const limit = DEFAULT_PLAYBACK_TUNING.maxStretchPercent / 100;
    expect(played.maxRateSeen).toBeGreaterThan(0);
    expect(played.maxRateSeen).toBeLessThanOrEqual(limit + 0.01);
    expect(Math.abs(played.maxRate - played.maxRateSeen)).toBeLessThan(0.05);
  });

  it('never stretches with the stretch turned off', () => {
    const engine = new PlaybackEngine(
      RATE,
      RATE,
      { ...DEFAULT_PLAYBACK_TUNING, maxStretchPercent: 0 },
      () => undefined,
    );
    engine.enqueue(reply(40));
    for (let i = 0; i < 100; i++) engine.render(new Float32Array(QUANTUM));
    expect(engine.status().stretchedSamples).toBe(0);
  });
});
