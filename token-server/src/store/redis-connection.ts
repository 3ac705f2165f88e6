import { Redis } from 'ioredis';
import type { StoreHealth } from './store-health.ts';

// One ioredis connection per instance, tuned so an outage costs a request nothing: commands
// fail at once while the connection is down (no offline queue that would hold a request until
// Redis returns), a command that gets no answer fails after COMMAND_TIMEOUT_MS, and the client
// keeps reconnecting in the background. Its events drive the StoreHealth.

/** Long enough for a busy Redis, short enough that a hung one does not hold up token requests. */
export const COMMAND_TIMEOUT_MS = 1_000;
const MAX_RECONNECT_DELAY_MS = 2_000;
const PROBE_INTERVAL_MS = 1_000;

export function connectRedis(url: string, health: StoreHealth): Redis {
  const redis = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: COMMAND_TIMEOUT_MS,
    connectTimeout: COMMAND_TIMEOUT_MS * 2,
    // ioredis calls this after each failed attempt; never give up, back off to 2 s.
    retryStrategy: (attempt) => Math.min(attempt * 100, MAX_RECONNECT_DELAY_MS),
  });
  redis.on('ready', () => health.markUp());
  redis.on('close', () => health.markDown('connection closed'));
  // Without a listener ioredis prints every reconnect failure; the health logs the first one.
  redis.on('error', (err: Error) => health.markDown(err.message));
  // A Redis that stalled (timed-out commands) without dropping the connection never says
  // 'ready' again: while marked down on an open connection, ask it directly.
  const probe = setInterval(() => {
    if (health.usable() || redis.status !== 'ready') return;
    redis.ping().then(
      () => health.markUp(),
      () => undefined,
    );
  }, PROBE_INTERVAL_MS);
  probe.unref();
  redis.on('end', () => clearInterval(probe));
  return redis;
}
