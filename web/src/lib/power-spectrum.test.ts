import { describe, expect, it } from 'vitest';
import { PowerSpectrum } from './power-spectrum';

const sine = (hz: number, n: number) => new Float32Array(n).map((_, i) => Math.sin((2 * Math.PI * hz * i) / 16000));

describe('PowerSpectrum', () => {
  it('puts a 1 kHz sine in the bin of 1 kHz', () => {
    const power = new PowerSpectrum(512).of(sine(1000, 320));
    const peak = power.indexOf(Math.max(...power));
    expect(peak).toBe(32); // 32 × 16000 / 512 = 1000 Hz
  });

  it('keeps Parseval’s total: the bins sum to size × the Hann-weighted energy', () => {
    const signal = sine(437, 320).map((s, i) => s + 0.3 * Math.cos(i * 1.7));
    const power = new PowerSpectrum(512).of(signal);
    const hann = (i: number) => 0.5 - 0.5 * Math.cos((2 * Math.PI * i) / 319);
    const energy = signal.reduce((sum, s, i) => sum + (s * hann(i)) ** 2, 0);
    const total = power.reduce((sum, p, k) => sum + (k === 0 || k === 256 ? p : 2 * p), 0);
    expect(total / (512 * energy)).toBeCloseTo(1, 6);
  });

  it('refuses a size that is not a power of two', () => {
    expect(() => new PowerSpectrum(320)).toThrow(/power of two/);
  });
});
