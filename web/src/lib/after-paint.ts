// Runs a callback once the page has painted what is in it now: an animation frame comes just
// before a paint, and a task queued from it runs after that paint. A screen's onMount is not yet
// "shown": a lazily loaded screen runs its effects before its DOM is on the page, and work they
// start then (fetching the next chunks) races the screen's own first paint.

import type { FrameTimers } from './frame-scheduler';

/** Calls `run` after the next paint; returns a function that cancels it if it has not run yet. */
export function afterPaint(run: () => void, scope: FrameTimers = globalThis): () => void {
  let cancelled = false;
  let timer: number | undefined;
  const later = () => {
    timer = scope.setTimeout(() => {
      if (!cancelled) run();
    }, 0);
  };
  // Without frames (a worker, a test scope), the next task is the best there is.
  const frame = scope.requestAnimationFrame?.(later);
  if (frame === undefined) later();
  return () => {
    cancelled = true;
    if (frame !== undefined) scope.cancelAnimationFrame?.(frame);
    if (timer !== undefined) scope.clearTimeout(timer);
  };
}
