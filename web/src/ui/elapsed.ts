// Elapsed time for a wait the person can see: a Solid clock that runs only while the wait lasts,
// and its wording. Waits shorter than WAIT_SHOWN_AFTER_MS show nothing extra, so quick answers
// do not flash a timer.
import { createEffect, createSignal, onCleanup, type Accessor } from 'solid-js';

export const WAIT_SHOWN_AFTER_MS = 2000;

/** "5 s", "1 min 05 s". */
export function formatElapsed(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  if (seconds < 60) return `${seconds} s`;
  return `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, '0')} s`;
}

/** Milliseconds since `active` last became true; 0 while it is false. */
export function createElapsed(
  active: Accessor<boolean>,
  now: () => number = () => Date.now(),
  tickMs = 1000,
): Accessor<number> {
  const [elapsed, setElapsed] = createSignal(0);
  createEffect(() => {
    if (!active()) return setElapsed(0);
    const startedAt = now();
    setElapsed(0);
    const timer = setInterval(() => setElapsed(now() - startedAt), tickMs);
    onCleanup(() => clearInterval(timer));
  });
  return elapsed;
}
