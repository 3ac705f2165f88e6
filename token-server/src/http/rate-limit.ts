import type { Context, MiddlewareHandler } from 'hono';
import { type ClientRateLimitInfo, MemoryStore, rateLimiter, type Store } from 'hono-rate-limiter';
import { apiErrors } from './api-error.ts';

export type ClientKey = (c: Context) => string;

export interface RateLimitOptions {
  /** Requests allowed per client in each one-minute window. */
  perMinute: number;
  clientKey: ClientKey;
  /** Keeps separate budgets apart when they share a store. */
  prefix: string;
  /** Where hits are counted: this instance's memory unless a shared store is given. */
  store?: Store;
}

const WINDOW_MS = 60_000;

/**
 * hono-rate-limiter's MemoryStore hands back its live record, and the middleware reads the
 * count from it only after an `await`. Requests that reach the limiter in the same tick (several
 * app.fetch calls at once, HTTP/2, other runtimes) all read the final count, so a burst was
 * refused whole, the first requests within the budget included. A copy taken at increment
 * time gives each request its own place in the window.
 */
export class SnapshotMemoryStore extends MemoryStore {
  override increment(key: string): ClientRateLimitInfo {
    const { totalHits, resetTime } = super.increment(key);
    return { totalHits, resetTime: resetTime && new Date(resetTime.getTime()) };
  }
}

/**
 * A per-client budget. One instance is shared by every route that spends it, so the token,
 * conversation and report calls draw from one allowance. Over the limit the answer is 429 with
 * Retry-After (RFC 6585 §4, RFC 9110 §10.2.3) saying when the window resets.
 */
export function limitPerClient(options: RateLimitOptions): MiddlewareHandler {
  return rateLimiter({
    windowMs: WINDOW_MS,
    limit: options.perMinute,
    standardHeaders: 'draft-6',
    store: options.store ?? new SnapshotMemoryStore(),
    keyGenerator: (c) => `${options.prefix}:${options.clientKey(c)}`,
    handler: (c) => {
      const reset = readResetTime(c) ?? Date.now() + WINDOW_MS;
      throw apiErrors.rateLimited(Math.max(1, Math.ceil((reset - Date.now()) / 1000)));
    },
  });
}

/** hono-rate-limiter leaves its bookkeeping on the context as `rateLimit`. */
function readResetTime(c: Context): number | undefined {
  const info: unknown = c.get('rateLimit' as never);
  if (typeof info === 'object' && info !== null && 'resetTime' in info && info.resetTime instanceof Date) {
    return info.resetTime.getTime();
  }
  return undefined;
}
