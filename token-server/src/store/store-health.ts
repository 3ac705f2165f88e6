// Whether the shared store (Redis) can be used right now. Everything that writes to Redis asks
// `usable()` first and falls back to this instance's memory when it cannot; the health route
// shows `report()`. Each change of state is logged once, not once per request, so an outage
// writes two lines (down, back) however busy the server is.

/** What /api/health says about where limits and open conversations are kept. */
export type StoreReport =
  { backend: 'memory'; ok: true } | { backend: 'redis'; ok: true } | { backend: 'redis'; ok: false; reason: string };

export interface StoreHealth {
  usable(): boolean;
  report(): StoreReport;
  /** The connection is ready (again). */
  markUp(): void;
  /** A command failed or the connection dropped; `why` is logged, never shown to clients. */
  markDown(why: string): void;
  /** Runs `fn` each time the store comes back after being down. */
  onRecover(fn: () => void): void;
}

export const DEGRADED_REASON =
  'The shared store (Redis) is unreachable: each instance limits on its own and ends the conversations it creates until it returns.';
const CONNECTING_REASON = 'Connecting to the shared store (Redis); limits are per instance until it answers.';

/** A single instance without Redis: there is no shared store to use, and nothing is degraded. */
export const memoryOnlyHealth: StoreHealth = {
  usable: () => false,
  report: () => ({ backend: 'memory', ok: true }),
  markUp: () => undefined,
  markDown: () => undefined,
  onRecover: () => undefined,
};

export function createRedisHealth(log: (line: string) => void): StoreHealth {
  let state: 'connecting' | 'up' | 'down' = 'connecting';
  const recovered: (() => void)[] = [];
  return {
    usable: () => state === 'up',
    report: () =>
      state === 'up'
        ? { backend: 'redis', ok: true }
        : { backend: 'redis', ok: false, reason: state === 'down' ? DEGRADED_REASON : CONNECTING_REASON },
    markUp() {
      if (state === 'up') return;
      const wasDown = state === 'down';
      state = 'up';
      log(
        wasDown
          ? 'shared store: Redis is back; limits and conversations are shared again'
          : 'shared store: connected to Redis',
      );
      if (wasDown) for (const fn of recovered) fn();
    },
    markDown(why) {
      if (state === 'down') return;
      state = 'down';
      log(`shared store: Redis unreachable (${why}); falling back to this instance's memory`);
    },
    onRecover: (fn) => void recovered.push(fn),
  };
}

/** The line a failed Redis command leaves in the log. */
export function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
