import { describe, expect, it } from 'vitest';
import { besselI0, designPolyphaseLowpass, kaiserBeta, kaiserTapCount } from './resampler-filter';

const spec = { inputRate: 48000, outputRate: 16000, passbandEdge: 0.92, stopbandEdge: 1, attenuationDb: 70 };

describe('Kaiser design helpers', () => {
  it('computes I0 to high precision', () => {
    expect(besselI0(0)).toBe(1);
    expect(besselI0(1)).toBeCloseTo(1.2660658777520082, 12);
    expect(besselI0(5)).toBeCloseTo(27.239871823604442, 9);
  });

  it("uses Kaiser's β formula for each attenuation range", () => {
    expect(kaiserBeta(70)).toBeCloseTo(6.755, 3);
    expect(kaiserBeta(40)).toBeCloseTo(3.395, 3);
    expect(kaiserBeta(10)).toBe(0);
  });

  it('asks for more taps for a narrower transition band', () => {
    const wide = kaiserTapCount({ ...spec, passbandEdge: 0.75 });
    const narrow = kaiserTapCount(spec);
    expect(narrow).toBeGreaterThan(wide);
    expect(narrow % 2).toBe(0);
  });
});

describe('designPolyphaseLowpass', () => {
  it('makes every phase sum to one, so DC passes unchanged', () => {
    const filter = designPolyphaseLowpass(spec, 3);
    for (let p = 0; p < filter.phases; p++) {
      const branch = filter.coefficients.subarray(p * filter.taps, (p + 1) * filter.taps);
      expect(branch.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
    }
  });

  it('is symmetric around the output instant for the zero phase', () => {
    const filter = designPolyphaseLowpass(spec, 1);
    const taps = Array.from(filter.coefficients);
    // Tap j sits at lag half-1-j, so tap half-1 is the centre and the rest mirror around it.
    const half = filter.taps / 2;
    for (let k = 1; k < half; k++) expect(taps[half - 1 - k]).toBeCloseTo(taps[half - 1 + k] ?? 0, 7);
  });
});
