import type { Clock } from '../clock';

/** The real clock for tests that run in Node (where `window` does not exist). */
export const systemClockForNode: Clock = {
  now: () => performance.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms) as unknown as number,
  clearTimeout: (id) => clearTimeout(id),
};
