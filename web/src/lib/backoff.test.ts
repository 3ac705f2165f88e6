import { describe, expect, it } from 'vitest';
import { backoffDelay } from './backoff';

const opts = { baseMs: 100, maxMs: 1000, factor: 2, jitter: 0.5 };

describe('backoffDelay', () => {
  it('retries the first time without waiting', () => {
    expect(backoffDelay(0, opts, () => 0.7)).toBe(0);
  });

  it('doubles the ceiling with every attempt', () => {
    const noJitter = () => 0;
    expect([1, 2, 3, 4].map((a) => backoffDelay(a, opts, noJitter))).toEqual([100, 200, 400, 800]);
  });

  it('never waits longer than the maximum', () => {
    expect(backoffDelay(20, opts, () => 0)).toBe(1000);
  });

  it('keeps jittered delays between half the ceiling and the ceiling', () => {
    expect(backoffDelay(3, opts, () => 1)).toBe(200);
    expect(backoffDelay(3, opts, () => 0.5)).toBe(300);
  });

  it('clamps a random source that strays outside 0..1', () => {
    expect(backoffDelay(3, opts, () => 7)).toBe(200);
    expect(backoffDelay(3, opts, () => -1)).toBe(400);
  });
});
