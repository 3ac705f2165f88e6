import { describe, expect, it } from 'vitest';
import { CaptureFramer } from './capture-framer';

function sine(length: number, rate: number, frequency: number, amplitude: number): Float32Array {
  return new Float32Array(length).map((_, i) => amplitude * Math.sin((2 * Math.PI * frequency * i) / rate));
}

/** Feeds `input` in 128-frame render quanta starting at frame `firstFrame`. */
function feed(framer: CaptureFramer, input: Float32Array, firstFrame = 0) {
  const chunks = [];
  for (let at = 0; at < input.length; at += 128)
    chunks.push(...framer.push(input.subarray(at, at + 128), firstFrame + at));
  return chunks;
}

describe('CaptureFramer', () => {
  it('cuts a 16 kHz stream into 20 ms chunks stamped with the end of their last sample', () => {
    const chunks = feed(new CaptureFramer(16000, 16000, 320), new Float32Array(16000));
    expect(chunks).toHaveLength(50);
    expect(chunks.every((c) => c.samples.length === 320)).toBe(true);
    expect(chunks[0]?.endTime).toBeCloseTo(0.02, 9);
    expect(chunks[49]?.endTime).toBeCloseTo(1, 9);
  });

  it('resamples 48 kHz input to 16 kHz chunks with the same timeline', () => {
    const chunks = feed(new CaptureFramer(48000, 16000, 640), sine(48000, 48000, 440, 0.5), 4800);
    // The filter holds back a couple of ms of lookahead, so the last chunk of the second is not complete yet.
    expect(chunks).toHaveLength(24);
    expect(chunks.every((c) => c.samples.length === 640)).toBe(true);
    expect(chunks[0]?.endTime).toBeCloseTo(0.1 + 0.04 - 2 / 48000, 6);
    expect(chunks[1]?.level).toBeCloseTo(0.5 / Math.SQRT2, 2);
  });

  it('numbers each chunk by the target-rate samples produced before it', () => {
    const chunks = feed(new CaptureFramer(48000, 16000, 320), sine(48000, 48000, 440, 0.5));
    expect(chunks.slice(0, 3).map((c) => c.position)).toEqual([0, 320, 640]);
    expect(chunks.every((c, i) => c.position === i * 320)).toBe(true);
  });

  it('hands out a fresh array for every chunk, so it can be transferred', () => {
    const chunks = feed(new CaptureFramer(16000, 16000, 128), new Float32Array(512));
    expect(new Set(chunks.map((c) => c.samples)).size).toBe(4);
  });

  it('shifts later timestamps when input blocks were skipped', () => {
    const framer = new CaptureFramer(16000, 16000, 256);
    framer.push(new Float32Array(128), 0);
    const [chunk] = framer.push(new Float32Array(128), 1000);
    expect(chunk?.endTime).toBeCloseTo(1128 / 16000, 9);
  });

  it('reports a level that rises with the signal and decays after it', () => {
    const framer = new CaptureFramer(16000, 16000, 320);
    const loud = feed(framer, sine(3200, 16000, 300, 0.8));
    const quiet = feed(framer, new Float32Array(9600), 3200);
    expect(loud.at(-1)?.level).toBeGreaterThan(0.5);
    expect(quiet[0]?.level).toBeGreaterThan(0.3);
    expect(quiet.at(-1)?.level).toBeLessThan(0.05);
  });
});
