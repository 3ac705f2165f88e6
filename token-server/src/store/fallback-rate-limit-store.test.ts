import { type ClientRateLimitInfo, MemoryStore, type Store } from 'hono-rate-limiter';
import { describe, expect, it } from 'vitest';
import { FallbackRateLimitStore } from './fallback-rate-limit-store.ts';
import { createRedisHealth } from './store-health.ts';

/** A shared store that answers or fails as the test says, counting what reached it. */
function switchableShared() {
  const state = { down: false, hits: 0 };
  const store: Store = {
    increment: (): Promise<ClientRateLimitInfo> => {
      if (state.down) return Promise.reject(new Error('Connection is closed.'));
      state.hits += 1;
      return Promise.resolve({ totalHits: state.hits, resetTime: new Date(Date.now() + 60_000) });
    },
    decrement: () => Promise.resolve(),
    resetKey: () => Promise.resolve(),
  };
  return { state, store };
}

function setup() {
  const logs: string[] = [];
  const health = createRedisHealth((line) => logs.push(line));
  const shared = switchableShared();
  const store = new FallbackRateLimitStore(shared.store, new MemoryStore(), health);
  store.init({ windowMs: 60_000 } as Parameters<typeof store.init>[0]);
  return { logs, health, shared, store };
}

describe('FallbackRateLimitStore', () => {
  it('counts locally, silently, until the shared store has connected', async () => {
    const { store, shared, logs } = setup();
    expect((await store.increment('k')).totalHits).toBe(1);
    expect(shared.state.hits).toBe(0);
    expect(logs).toEqual([]);
  });

  it('counts in the shared store while it is up', async () => {
    const { store, shared, health } = setup();
    health.markUp();
    await store.increment('k');
    await store.increment('k');
    expect(shared.state.hits).toBe(2);
  });

  it('falls back to local counts with one log line when the shared store fails, and returns to it on recovery', async () => {
    const { store, shared, health, logs } = setup();
    health.markUp();
    shared.state.down = true;
    const counts = [];
    for (let i = 0; i < 5; i++) counts.push((await store.increment('k')).totalHits);
    expect(counts).toEqual([1, 2, 3, 4, 5]);
    expect(logs.filter((l) => l.includes('Redis unreachable'))).toHaveLength(1);
    expect(health.report()).toMatchObject({ backend: 'redis', ok: false });
    shared.state.down = false;
    health.markUp();
    expect((await store.increment('k')).totalHits).toBe(1);
    expect(health.report()).toEqual({ backend: 'redis', ok: true });
    expect(logs.at(-1)).toContain('Redis is back');
  });
});
