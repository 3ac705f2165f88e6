import { describe, expect, it } from 'vitest';
import { createFrameBatcher } from './frame-batcher';
import { animationFrameScheduler, type FrameTimers } from './frame-scheduler';

/** A fake display: frames and timers run only when the test says so. */
function fakeTimers(withFrames = true) {
  const frames = new Map<number, () => void>();
  const timers = new Map<number, { cb: () => void; ms: number }>();
  let next = 1;
  const api: FrameTimers = {
    setTimeout: (cb, ms) => (timers.set(next, { cb, ms }), next++),
    clearTimeout: (id) => void timers.delete(id),
    ...(withFrames
      ? {
          requestAnimationFrame: (cb: () => void) => (frames.set(next, cb), next++),
          cancelAnimationFrame: (id: number) => void frames.delete(id),
        }
      : {}),
  };
  return {
    api,
    frame() {
      const due = [...frames.values()];
      frames.clear();
      due.forEach((cb) => cb());
    },
    elapse() {
      const due = [...timers.values()];
      timers.clear();
      due.forEach((t) => t.cb());
    },
    pendingFrames: () => frames.size,
    pendingTimers: () => timers.size,
  };
}

describe('createFrameBatcher with an animation-frame scheduler', () => {
  it('delivers everything that arrived before a frame in one batch, in arrival order', () => {
    const display = fakeTimers();
    const batches: string[][] = [];
    const batcher = createFrameBatcher<string>(animationFrameScheduler(display.api), (items) => batches.push(items));
    batcher.push('state');
    batcher.push('caption 1');
    batcher.push('caption 2');
    expect(batches).toEqual([]);
    expect(display.pendingFrames()).toBe(1);
    display.frame();
    expect(batches).toEqual([['state', 'caption 1', 'caption 2']]);
  });

  it('delivers at most once per frame and asks for no frame while nothing is queued', () => {
    const display = fakeTimers();
    const batches: number[][] = [];
    const batcher = createFrameBatcher<number>(animationFrameScheduler(display.api), (items) => batches.push(items));
    display.frame();
    expect(display.pendingFrames()).toBe(0);
    batcher.push(1);
    display.frame();
    display.frame();
    batcher.push(2);
    batcher.push(3);
    display.frame();
    expect(batches).toEqual([[1], [2, 3]]);
  });

  it('keeps delivering on the fallback timer when the page gets no frames (a hidden tab)', () => {
    const display = fakeTimers();
    const batches: string[][] = [];
    const batcher = createFrameBatcher<string>(animationFrameScheduler(display.api, 100), (items) =>
      batches.push(items),
    );
    batcher.push('toolCall');
    display.elapse();
    expect(batches).toEqual([['toolCall']]);
    // The frame that comes later finds nothing to do.
    display.frame();
    expect(batches).toEqual([['toolCall']]);
  });

  it('works from timers alone where there is no requestAnimationFrame', () => {
    const display = fakeTimers(false);
    const batches: string[][] = [];
    const batcher = createFrameBatcher<string>(animationFrameScheduler(display.api), (items) => batches.push(items));
    batcher.push('a');
    batcher.push('b');
    display.elapse();
    expect(batches).toEqual([['a', 'b']]);
  });

  it('flush delivers the queue at once and cancels its frame', () => {
    const display = fakeTimers();
    const batches: string[][] = [];
    const batcher = createFrameBatcher<string>(animationFrameScheduler(display.api), (items) => batches.push(items));
    batcher.push('interrupted');
    batcher.flush();
    expect(batches).toEqual([['interrupted']]);
    expect(display.pendingFrames()).toBe(0);
    expect(display.pendingTimers()).toBe(0);
    batcher.flush();
    expect(batches).toHaveLength(1);
  });

  it('delivers nothing after dispose', () => {
    const display = fakeTimers();
    const batches: string[][] = [];
    const batcher = createFrameBatcher<string>(animationFrameScheduler(display.api), (items) => batches.push(items));
    batcher.push('late');
    batcher.dispose();
    batcher.push('later');
    display.frame();
    display.elapse();
    expect(batches).toEqual([]);
  });

  it('keeps delivering with a scheduler that runs its callback at once', () => {
    const batches: string[][] = [];
    const batcher = createFrameBatcher<string>({ request: (cb) => (cb(), 7), cancel: () => {} }, (items) =>
      batches.push(items),
    );
    batcher.push('a');
    batcher.push('b');
    expect(batches).toEqual([['a'], ['b']]);
  });
});
