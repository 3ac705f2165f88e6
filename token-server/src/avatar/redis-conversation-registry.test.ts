import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { connectRedis } from '../store/redis-connection.ts';
import { createRedisHealth, type StoreHealth } from '../store/store-health.ts';
import { RedisServer } from '../testing/redis-server.ts';
import { createConversationRegistry } from './conversation-registry.ts';
import { conversationScripts } from './conversation-scripts.ts';
import { createSharedConversationRegistry, type SharedConversationRegistry } from './redis-conversation-registry.ts';

// The shared registry against a real redis-server: several "instances" (registries with their
// own connection, sweeper and owner name) in this process, sharing one Redis.

const WAIT = { timeout: 30_000, interval: 50 };
let server: RedisServer;
const cleanups: (() => Promise<void>)[] = [];

beforeAll(async () => {
  server = await RedisServer.start();
}, 60_000);
afterAll(() => server.stop());
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((fn) => fn()));
});

interface Instance {
  registry: SharedConversationRegistry;
  health: StoreHealth;
  logs: string[];
}

/** One instance's registry; `upstream` is the Tavus end call every instance shares. */
async function instance(
  prefix: string,
  upstream: (id: string) => Promise<void>,
  retryDelayMs = 30_000,
): Promise<Instance> {
  const logs: string[] = [];
  const log = (line: string): void => void logs.push(line);
  const health = createRedisHealth(log);
  const redis = connectRedis(server.url, health);
  const registry = createSharedConversationRegistry({
    scripts: conversationScripts(redis, prefix),
    health,
    local: createConversationRegistry({ endConversation: upstream, log }),
    endConversation: upstream,
    owner: randomUUID(),
    sweepIntervalMs: 50,
    retryDelayMs,
    maxAttempts: 2,
    log,
  });
  cleanups.push(() => {
    registry.stop();
    redis.disconnect();
    return Promise.resolve();
  });
  await vi.waitFor(() => expect(health.usable()).toBe(true), WAIT);
  return { registry, health, logs };
}

function recordingUpstream(fail: (id: string, call: number) => boolean = () => false) {
  const ended: string[] = [];
  const end = (id: string): Promise<void> => {
    ended.push(id);
    return fail(id, ended.length) ? Promise.reject(new Error('Tavus answered 502')) : Promise.resolve();
  };
  return { ended, end };
}

/** Lets the sweepers run a few more rounds, so a second end would have happened by now. */
const severalSweeps = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 500));

describe('shared conversation registry (real Redis)', { timeout: 90_000 }, () => {
  it('ends a conversation at its deadline exactly once when the instance that created it is gone', async () => {
    const prefix = `t-${randomUUID()}:`;
    const upstream = recordingUpstream();
    const creator = await instance(prefix, upstream.end);
    const others = [await instance(prefix, upstream.end), await instance(prefix, upstream.end)];
    await creator.registry.remember('conv-1', 300);
    creator.registry.stop(); // the creator stops sweeping, as if it had died
    await vi.waitFor(() => expect(upstream.ended).toEqual(['conv-1']), WAIT);
    await severalSweeps();
    expect(upstream.ended).toEqual(['conv-1']);
    expect(others.every((o) => o.registry.size === 0)).toBe(true);
  });

  it('calls Tavus once when three instances are asked to end the same conversation at once', async () => {
    const prefix = `t-${randomUUID()}:`;
    const upstream = recordingUpstream();
    const [a, b, c] = [
      await instance(prefix, upstream.end),
      await instance(prefix, upstream.end),
      await instance(prefix, upstream.end),
    ];
    await a.registry.remember('conv-2', 60_000);
    await Promise.all([a.registry.end('conv-2'), b.registry.end('conv-2'), c.registry.end('conv-2')]);
    await b.registry.end('conv-2');
    expect(upstream.ended).toEqual(['conv-2']);
  });

  it('ends nothing for an id no instance registered', async () => {
    const upstream = recordingUpstream();
    const a = await instance(`t-${randomUUID()}:`, upstream.end);
    await a.registry.end('someone-elses');
    await severalSweeps();
    expect(upstream.ended).toEqual([]);
  });

  it('tries a failed end again on a later sweep, then gives up and says so', async () => {
    const upstream = recordingUpstream(() => true);
    const a = await instance(`t-${randomUUID()}:`, upstream.end, 100);
    await a.registry.remember('conv-3', 60_000);
    await expect(a.registry.end('conv-3')).rejects.toThrow('502');
    await vi.waitFor(() => expect(upstream.ended).toEqual(['conv-3', 'conv-3']), WAIT);
    await vi.waitFor(
      () => expect(a.logs.at(-1)).toContain('gave up ending conversation conv-3 after 2 attempts'),
      WAIT,
    );
    await severalSweeps();
    expect(upstream.ended).toHaveLength(2);
  });

  it('keeps working while Redis hangs: new conversations end locally, ends asked meanwhile happen when it answers again', async () => {
    const upstream = recordingUpstream();
    const a = await instance(`t-${randomUUID()}:`, upstream.end);
    await a.registry.remember('conv-held', 60_000);
    server.freeze();
    try {
      await a.registry.end('conv-held'); // times out against the frozen Redis and is kept for later
      expect(a.health.usable()).toBe(false);
      await a.registry.remember('conv-local', 200);
      expect(a.registry.size).toBe(1);
      await vi.waitFor(() => expect(upstream.ended).toEqual(['conv-local']), WAIT);
    } finally {
      server.thaw();
    }
    await vi.waitFor(() => expect(upstream.ended).toEqual(['conv-local', 'conv-held']), WAIT);
    expect(a.logs.filter((l) => l.includes('Redis unreachable'))).toHaveLength(1);
    expect(a.logs.at(-1)).toContain('Redis is back');
  });
});
