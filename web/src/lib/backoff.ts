// Reconnect delays. Exponential growth keeps a struggling network from being hammered; jitter
// keeps many clients that dropped at the same moment from retrying in lockstep.

export interface BackoffOptions {
  /** Delay before the second attempt (the first retry is immediate). */
  baseMs: number;
  /** Upper bound of any single delay. */
  maxMs: number;
  /** Growth per attempt. */
  factor?: number;
  /** Fraction of the delay that is randomised, 0..1: the delay lies in [(1 - jitter)·d, d]. */
  jitter?: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 250, maxMs: 5000, factor: 2, jitter: 0.5 };

/**
 * Delay before retry number `attempt` (0-based). Attempt 0 is immediate: most drops are a
 * single lost socket, and waiting would only lengthen the silence the candidate hears.
 */
export function backoffDelay(
  attempt: number,
  opts: BackoffOptions = DEFAULT_BACKOFF,
  random: () => number = Math.random,
): number {
  if (attempt <= 0) return 0;
  const factor = opts.factor ?? 2;
  const jitter = Math.min(1, Math.max(0, opts.jitter ?? 0.5));
  const ceiling = Math.min(opts.maxMs, opts.baseMs * factor ** (attempt - 1));
  const r = Math.min(1, Math.max(0, random()));
  return Math.round(ceiling * (1 - jitter * r));
}
