import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAYBACK_TUNING, PlaybackEngine } from './playback-engine';
import type { PlaybackStatusMessage } from './worklet-messages';

const QUANTUM = 128;

/** The queue's own behaviour, without the time stretch (playout-stretch.test.ts covers that). */
function engine(outputRate = 24000, tuning = {}) {
  const statuses: PlaybackStatusMessage[] = [];
  const tuned = { ...DEFAULT_PLAYBACK_TUNING, maxStretchPercent: 0, ...tuning };
  const e = new PlaybackEngine(24000, outputRate, tuned, (s) => statuses.push(s));
  return { e, statuses };
}

/** PCM16 sine at 24 kHz. */
function speech(ms: number, amplitude = 12000, frequency = 300): Int16Array {
  return new Int16Array((ms * 24000) / 1000).map((_, i) =>
    Math.round(amplitude * Math.sin((2 * Math.PI * frequency * i) / 24000)),
  );
}

/** Renders `ms` of output and returns it joined. */
function render(e: PlaybackEngine, ms: number, outputRate = 24000): Float32Array {
  const blocks = Math.ceil((ms * outputRate) / 1000 / QUANTUM);
  const out = new Float32Array(blocks * QUANTUM);
  for (let b = 0; b < blocks; b++) e.render(out.subarray(b * QUANTUM, (b + 1) * QUANTUM));
  return out;
}

function energy(samples: Float32Array): number {
  return samples.reduce((sum, s) => sum + s * s, 0);
}

describe('PlaybackEngine', () => {
  it('plays queued PCM once the start threshold is buffered and reports playing, then stopped', () => {
    const { e, statuses } = engine();
    e.enqueue(speech(100));
    const out = render(e, 200);
    expect(energy(out.subarray(0, 2400))).toBeGreaterThan(100);
    expect(energy(out.subarray(2560))).toBe(0);
    const transitions = statuses
      .filter((s, i) => i === 0 || s.playing !== statuses[i - 1]?.playing)
      .map((s) => s.playing);
    expect(transitions).toEqual([true, false]);
    expect(statuses.some((s) => s.level > 0.2)).toBe(true);
  });

  it('resamples to a 48 kHz context without changing the duration', () => {
    const { e } = engine(48000);
    e.enqueue(speech(100));
    const out = render(e, 200, 48000);
    // Measured from the first sound: how long playback waits to start is the start threshold's
    // business, not the resampler's.
    let first = -1;
    let last = 0;
    out.forEach((s, i) => (s !== 0 ? ((last = i), first < 0 && (first = i)) : undefined));
    expect(Math.abs(last - first - 4800)).toBeLessThan(QUANTUM);
  });

  it('does not count underruns while chunks keep arriving ahead of playback', () => {
    const { e, statuses } = engine();
    // 1280 samples in, 1280 samples (10 render quanta) out: fed exactly as fast as it plays.
    for (let i = 0; i < 50; i++) {
      e.enqueue(speech(1280 / 24));
      render(e, 1280 / 24);
    }
    render(e, 300);
    expect(statuses.at(-1)?.underruns).toBe(0);
  });

  it('counts an underrun when a chunk arrives late mid-utterance', () => {
    const { e, statuses } = engine();
    e.enqueue(speech(100));
    render(e, 200);
    e.enqueue(speech(100));
    render(e, 20);
    expect(statuses.at(-1)?.underruns).toBe(1);
  });

  it('plays a chunk that arrives right after the queue ran dry at a block end on, with no gap or stop', () => {
    const { e, statuses } = engine();
    const block = (n: number) => speech((n * QUANTUM * 1000) / 24000).subarray(0, n * QUANTUM);
    e.enqueue(block(20));
    render(e, (20 * QUANTUM * 1000) / 24000);
    e.enqueue(block(20));
    const out = render(e, (20 * QUANTUM * 1000) / 24000);
    const silentBlocks = Array.from({ length: 20 }, (_, b) => out.subarray(b * QUANTUM, (b + 1) * QUANTUM)).filter(
      (b) => energy(b) === 0,
    );
    expect(silentBlocks).toHaveLength(0);
    expect(statuses.map((s) => s.playing).filter((p, i, all) => i === 0 || p !== all[i - 1])).toEqual([true]);
    expect(statuses.at(-1)?.underruns).toBe(0);
  });

  it('fades out within a few ms of a flush', () => {
    const { e, statuses } = engine(24000, { fadeMs: 5 });
    e.enqueue(speech(500, 20000, 100));
    render(e, 100);
    e.flush();
    const after = render(e, 50);
    expect(energy(after.subarray(Math.ceil(0.006 * 24000)))).toBe(0);
    expect(Math.max(...after.subarray(0, 120).map(Math.abs))).toBeLessThan(0.62);
    expect(statuses.at(-1)?.playing).toBe(false);
    expect(statuses.at(-1)?.bufferedSamples).toBe(0);
  });

  it('keeps the queue moving but outputs silence while muted, still reporting the level', () => {
    const { e, statuses } = engine();
    e.setMuted(true);
    e.enqueue(speech(200));
    const out = render(e, 100);
    expect(energy(out)).toBe(0);
    expect(statuses.at(-1)?.level).toBeGreaterThan(0.2);
    expect(statuses.at(-1)?.bufferedSamples).toBeLessThan(24000 * 0.2 - 1000);
  });

  it('continues a new utterance queued during a flush fade without a hole between its chunks', () => {
    // A threshold above one chunk, so the new utterance is still waiting when the fade ends.
    const tuning = { fadeMs: 5, initialStartWaitMs: 150, maxStartWaitMs: 150 };
    const { e } = engine(48000, tuning);
    e.enqueue(speech(200));
    render(e, 60, 48000);
    e.flush();
    e.enqueue(speech(100, 12000, 500));
    const first = render(e, 40, 48000);
    e.enqueue(speech(100, 12000, 500));
    const rest = render(e, 400, 48000);

    const fresh = engine(48000, tuning).e;
    fresh.enqueue(speech(100, 12000, 500));
    fresh.enqueue(speech(100, 12000, 500));
    const reference = energy(render(fresh, 440, 48000));
    // The fade takes the first 5 ms (240 samples); then only the new utterance plays.
    const played = energy(first.subarray(240)) + energy(rest);
    expect(Math.abs(played - reference) / reference).toBeLessThan(0.002);
  });

  it('keeps a long reply whole when the queue grows from its 2 s start while wrapped (the real path to 60 s)', () => {
    const { e } = engine();
    // A sample counter (1…8000, repeating, never 0) so a lost or reordered stretch shows as a jump;
    // small values survive the int16 → float → int16 round trip exactly.
    let n = 0;
    const counter = (ms: number) => new Int16Array((ms * 24000) / 1000).map(() => (n++ % 8000) + 1);
    e.enqueue(counter(1500)); // 1.5 s of a 2 s store
    const first = render(e, 1000);
    e.enqueue(counter(1200)); // wraps past the end of the store
    e.enqueue(counter(3000)); // more than the store holds: it grows while wrapped
    const rest = render(e, 4700);
    const played = [...first, ...rest].filter((v) => v !== 0).map((v) => Math.round(v * 32767));
    expect(played.length).toBe(n);
    const steps = played.slice(1).map((v, i) => (v - (played[i] ?? 0) + 8000) % 8000);
    expect(steps.every((d) => d === 1)).toBe(true);
  });
});
