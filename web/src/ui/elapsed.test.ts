import { createRoot, createSignal } from 'solid-js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createElapsed, formatElapsed } from './elapsed';

describe('formatElapsed', () => {
  it('counts seconds, then minutes and seconds', () => {
    expect(formatElapsed(2_400)).toBe('2 s');
    expect(formatElapsed(65_000)).toBe('1 min 05 s');
  });
});

describe('createElapsed', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('runs while the wait lasts and starts again from zero for the next one', () => {
    const { elapsed, setActive, dispose } = createRoot((d) => {
      const [active, set] = createSignal(true);
      return { elapsed: createElapsed(active, () => Date.now()), setActive: set, dispose: d };
    });
    vi.advanceTimersByTime(3000);
    expect(elapsed()).toBe(3000);
    setActive(false);
    expect(elapsed()).toBe(0);
    vi.advanceTimersByTime(5000);
    expect(elapsed()).toBe(0);
    setActive(true);
    vi.advanceTimersByTime(1000);
    expect(elapsed()).toBe(1000);
    dispose();
  });
});
