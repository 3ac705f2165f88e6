import { describe, expect, it } from 'vitest';
import { bestLag, repeatedPeriod, similarity } from './time-stretch';

const RATE = 24000;

/** A voiced sound: harmonics of `f0`, `ms` long. */
function voiced(f0: number, ms: number): Float32Array {
  return new Float32Array((ms * RATE) / 1000).map((_, i) => {
    const t = i / RATE;
    return 0.3 * Math.sin(2 * Math.PI * f0 * t) + 0.15 * Math.sin(2 * Math.PI * 2 * f0 * t + 1);
  });
}

/** The largest jump between neighbouring samples: a splice that clicks shows as a jump above the signal's own. */
function largestStep(x: Float32Array): number {
  let step = 0;
  for (let i = 1; i < x.length; i++) step = Math.max(step, Math.abs((x[i] ?? 0) - (x[i - 1] ?? 0)));
  return step;
}

describe('bestLag', () => {
  it("finds a voice's pitch period (150 Hz: 160 samples at 24 kHz)", () => {
    expect(bestLag(voiced(150, 40), 120, 60, 300)).toBe(160);
  });

  it('matches a signal with itself one period earlier almost perfectly, and half a period earlier not at all', () => {
    const x = voiced(200, 40);
    expect(similarity(x, 120, 120)).toBeGreaterThan(0.999);
    expect(similarity(x, 120, 60)).toBeLessThan(0);
  });
});

describe('repeatedPeriod', () => {
  it('lengthens a voiced sound by one period without a click and without changing its pitch', () => {
    const x = voiced(150, 60);
    const at = 960;
    const history = x.subarray(0, at);
    const lag = bestLag(history, 120, 60, 300);
    const block = new Float32Array(lag);
    repeatedPeriod(history, x.subarray(at, at + 40), lag, block);
    const out = new Float32Array(x.length + lag);
    out.set(history);
    out.set(block, at);
    out.set(x.subarray(at), at + lag);
    expect(largestStep(out)).toBeLessThanOrEqual(largestStep(x) * 1.05);
    expect(bestLag(out, 120, 60, 300)).toBe(160);
  });

  it('cross-fades over as much of what follows as it is given, and repeats the rest exactly', () => {
    const history = new Float32Array([0, 0, 1, 2, 3, 4]);
    const block = new Float32Array(4);
    repeatedPeriod(history, new Float32Array([10]), 4, block);
    expect([...block]).toEqual([10 * 0.5 + 1 * 0.5, 2, 3, 4]);
  });
});
