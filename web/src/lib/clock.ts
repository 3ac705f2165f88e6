// Time as a dependency: the live session's timeouts, backoff and watchdog all read it, so tests
// can drive them with a manual clock instead of waiting or faking globals.

export type TimerId = number;

export interface Clock {
  /** Milliseconds on a monotonic clock (performance.now() in the browser). */
  now(): number;
  setTimeout(fn: () => void, ms: number): TimerId;
  clearTimeout(id: TimerId): void;
}

export const systemClock: Clock = {
  now: () => performance.now(),
  // `self`, not `window`: the Live session also runs in a worker, which has no window.
  setTimeout: (fn, ms) => self.setTimeout(fn, ms),
  clearTimeout: (id) => self.clearTimeout(id),
};

/** Resolves after `ms` on the given clock, or at once when `signal` aborts. */
export function sleep(clock: Clock, ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const id = clock.setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
    function done() {
      clock.clearTimeout(id);
      signal?.removeEventListener('abort', done);
      resolve();
    }
  });
}
