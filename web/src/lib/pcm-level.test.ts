import { describe, expect, it } from 'vitest';
import { rms, smoothLevel } from './pcm-level';

describe('rms', () => {
  it('is 0 for silence and for an empty block', () => {
    expect(rms(new Float32Array(64))).toBe(0);
    expect(rms(new Float32Array(0))).toBe(0);
  });

  it('is the amplitude over root two for a sine', () => {
    const sine = new Float32Array(4800).map((_, i) => 0.5 * Math.sin((2 * Math.PI * 440 * i) / 48000));
    expect(rms(sine)).toBeCloseTo(0.5 / Math.SQRT2, 3);
  });
});

describe('smoothLevel', () => {
  it('rises at once to a louder block', () => {
    expect(smoothLevel(0.1, 0.6, 0.02)).toBe(0.6);
  });

  it('falls gradually after the sound stops', () => {
    const next = smoothLevel(0.6, 0, 0.02, 0.15);
    expect(next).toBeGreaterThan(0.4);
    expect(next).toBeLessThan(0.6);
    expect(smoothLevel(0.6, 0, 1, 0.15)).toBeLessThan(0.01);
  });

  it('never reports more than full scale', () => {
    expect(smoothLevel(0, 3, 0.02)).toBe(1);
  });
});
