// "The next frame" for a FrameBatcher: the next animation frame while the page is on screen, or
// a short timer when it is not. A hidden tab gets no animation frames at all, and an interview
// must go on (transcript saved, tool calls answered) while the candidate looks at another tab.

import type { FrameScheduler } from './frame-batcher';

/** The timing functions the scheduler uses; the browser's by default, a test's own otherwise. */
export interface FrameTimers {
  requestAnimationFrame?: (cb: () => void) => number;
  cancelAnimationFrame?: (id: number) => void;
  setTimeout: (cb: () => void, ms: number) => number;
  clearTimeout: (id: number) => void;
}

/** A frame is due after at most this long, also where no animation frame comes. */
export const FRAME_FALLBACK_MS = 100;

/** Whichever comes first, the animation frame or the fallback timer, runs the callback once. */
export function animationFrameScheduler(
  timers: FrameTimers = browserTimers(),
  fallbackMs = FRAME_FALLBACK_MS,
): FrameScheduler {
  const pending = new Map<number, { frame?: number; timer: number }>();
  let nextId = 1;
  const stop = (id: number) => {
    const entry = pending.get(id);
    if (!entry) return;
    pending.delete(id);
    if (entry.frame !== undefined) timers.cancelAnimationFrame?.(entry.frame);
    timers.clearTimeout(entry.timer);
  };
  return {
    request(callback) {
      const id = nextId++;
      const run = () => {
        if (!pending.has(id)) return;
        stop(id);
        callback();
      };
      const timer = timers.setTimeout(run, fallbackMs);
      const frame = timers.requestAnimationFrame?.(run);
      pending.set(id, frame === undefined ? { timer } : { frame, timer });
      return id;
    },
    cancel: stop,
  };
}

/** A steady timer of about one display frame: for a worker, which has no frames of its own to follow. */
export function intervalScheduler(
  timers: Pick<FrameTimers, 'setTimeout' | 'clearTimeout'> = browserTimers(),
  ms = 16,
): FrameScheduler {
  return { request: (callback) => timers.setTimeout(callback, ms), cancel: (id) => timers.clearTimeout(id) };
}

/** The page's or the worker's own timers (`self` is either); animation frames where there are any. */
function browserTimers(): FrameTimers {
  const scope: Pick<Window, 'setTimeout' | 'clearTimeout'> &
    Partial<Pick<Window, 'requestAnimationFrame' | 'cancelAnimationFrame'>> = self;
  const frames = typeof scope.requestAnimationFrame === 'function' && typeof scope.cancelAnimationFrame === 'function';
  return {
    ...(frames
      ? {
          requestAnimationFrame: (cb: () => void) => self.requestAnimationFrame(cb),
          cancelAnimationFrame: (id: number) => self.cancelAnimationFrame(id),
        }
      : {}),
    setTimeout: (cb, ms) => self.setTimeout(cb, ms),
    clearTimeout: (id) => self.clearTimeout(id),
  };
}
