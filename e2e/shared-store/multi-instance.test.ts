import { afterEach, describe, expect, it, vi } from 'vitest';
import { RedisServer } from '../../token-server/src/testing/redis-server.ts';
import { FAKE_GEMINI_KEY, startFakeGemini } from '../fakes/fake-gemini.ts';
import { FAKE_TAVUS_KEY, startFakeTavus } from '../fakes/fake-tavus.ts';
import { freePort, TokenServerProcess } from '../support/token-server-process.ts';

// Several real token-server processes sharing one real redis-server: the limit is one limit,
// a conversation outlives the instance that created it only until its deadline, and a Redis
// restart costs nothing but sharing for a while. Every wait is on a condition with a generous
// timeout: this runs on small, shared machines.

const WAIT = { timeout: 60_000, interval: 100 };
const stops: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(stops.splice(0).map((stop) => stop().catch(() => undefined)));
});

async function redis(): Promise<RedisServer> {
  const server = await RedisServer.start();
  stops.push(() => server.stop());
  return server;
}

async function instances(n: number, env: Record<string, string>, entry?: string[]): Promise<TokenServerProcess[]> {
  const servers = await Promise.all(
    Array.from({ length: n }, async () => new TokenServerProcess(await freePort(), env, entry)),
  );
  for (const server of servers) stops.push(() => server.stop());
  await Promise.all(servers.map((s) => s.start(60_000)));
  return servers;
}

async function storeOf(server: TokenServerProcess): Promise<{ backend: string; ok: boolean; reason?: string }> {
  const body = (await (await fetch(`${server.baseUrl}/api/health`)).json()) as {
    store: { backend: string; ok: boolean; reason?: string };
  };
  return body.store;
}

const waitForStore = (servers: TokenServerProcess[], ok: boolean): Promise<void> =>
  vi.waitFor(async () => {
    for (const s of servers) expect(await storeOf(s)).toMatchObject({ backend: 'redis', ok });
  }, WAIT);

async function mint(server: TokenServerProcess): Promise<number> {
  const res = await fetch(`${server.baseUrl}/api/live/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{}',
  });
  await res.body?.cancel();
  return res.status;
}

/** Sends `count` token requests, one after another, to the servers in turn. */
async function mintRoundRobin(servers: TokenServerProcess[], count: number): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < count; i++) statuses.push(await mint(servers[i % servers.length]!));
  return statuses;
}

async function geminiEnv(redisUrl: string, perMinute: number): Promise<Record<string, string>> {
  const gemini = await startFakeGemini();
  stops.push(() => gemini.close());
  return {
    GEMINI_API_KEY: FAKE_GEMINI_KEY,
    GEMINI_API_BASE_URL: gemini.url,
    REDIS_URL: redisUrl,
    RATE_LIMIT_PER_MINUTE: String(perMinute),
  };
}

const okCount = (statuses: number[]): number => statuses.filter((s) => s === 200).length;

describe('several token servers sharing Redis', { timeout: 240_000 }, () => {
  it('holds three instances to one shared limit', async () => {
    const store = await redis();
    const servers = await instances(3, await geminiEnv(store.url, 6));
    await waitForStore(servers, true);
    const statuses = await mintRoundRobin(servers, 18);
    expect(okCount(statuses)).toBe(6);
    expect(statuses.filter((s) => s === 429)).toHaveLength(12);
  });

  it('ends a conversation at its deadline, once, after the instance that created it is killed', async () => {
    const store = await redis();
    const tavus = await startFakeTavus();
    stops.push(() => tavus.close());
    const env = {
      TAVUS_API_KEY: FAKE_TAVUS_KEY,
      TAVUS_API_BASE_URL: tavus.url,
      REDIS_URL: store.url,
      RATE_LIMIT_PER_MINUTE: '100',
    };
    const entry = (sweepMs: number): string[] => [
      'e2e/shared-store/instance-main.ts',
      '--conversation-lifetime-ms',
      '1500',
      '--sweep-interval-ms',
      String(sweepMs),
    ];
    // The creator would not sweep within the test, so only the others can end the conversation.
    const [creator] = await instances(1, env, entry(600_000));
    const others = await instances(2, env, entry(100));
    await waitForStore([creator!, ...others], true);
    const res = await fetch(`${creator!.baseUrl}/api/avatar/conversations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"interviewId":"kill-test"}',
    });
    expect(res.status).toBe(201);
    await creator!.kill();
    expect(tavus.control.ended()).toBe(0);
    await vi.waitFor(() => expect(tavus.control.ended()).toBe(1), WAIT);
    await new Promise((resolve) => setTimeout(resolve, 1_000)); // ten more sweeps by each survivor
    expect(tavus.control.created()).toBe(1);
    expect(tavus.control.ended()).toBe(1);
    expect(tavus.control.activeIds()).toEqual([]);
  });

  it('keeps serving through a Redis restart: local limits and degraded health, then shared again', async () => {
    const store = await redis();
    const servers = await instances(2, await geminiEnv(store.url, 4));
    const [a, b] = servers as [TokenServerProcess, TokenServerProcess];
    await waitForStore(servers, true);

    await store.stop();
    await waitForStore(servers, false);
    expect((await storeOf(a)).reason).toContain('unreachable');
    // Each instance now enforces the limit on its own.
    expect(await mintRoundRobin([a], 6)).toEqual([200, 200, 200, 200, 429, 429]);
    expect(okCount(await mintRoundRobin([b], 6))).toBe(4);
    for (const s of servers) expect(s.output().match(/Redis unreachable/g)).toHaveLength(1);

    await store.resume();
    await waitForStore(servers, true);
    expect(okCount(await mintRoundRobin(servers, 8))).toBe(4);
    for (const s of servers) expect(s.output()).toContain('Redis is back');
  });
});
