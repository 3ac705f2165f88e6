import { getConnInfo } from '@hono/node-server/conninfo';
import type { Hono } from 'hono';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UpstreamError } from '../upstream/upstream-error.ts';
import { CLIENT_HEADER, errorOf, fakeAvatar, fakeMinter, jsonPost, makeTestApp } from '../testing/fixtures.ts';
import { healthAnswers, listen, type Listening } from '../testing/raw-http.ts';
import { clientKeyFrom } from './client-key.ts';

// Bursts above the rate limit, and one client creating conversations over and over. The budget
// must hold under concurrency, tell the client when to come back, leave everyone else alone, and
// keep the list of open conversations from growing without bound.

const TOKEN = '/api/live/token';
const CREATE = '/api/avatar/conversations';
const as = (client: string) => ({ [CLIENT_HEADER]: client });
/** app.request may answer synchronously; this always gives a promise, for Promise.all. */
const send = async (app: Hono, path: string, init: RequestInit): Promise<Response> => app.request(path, init);

let server: Listening | undefined;
afterEach(async () => {
  vi.useRealTimers();
  await server?.close();
  server = undefined;
});

describe('a burst above the limit', () => {
  it('lets exactly the budget through when 60 requests arrive at once, and 429s the rest with Retry-After', async () => {
    const calls: { durationMinutes: number }[] = [];
    const app = makeTestApp({ live: fakeMinter(calls), env: { RATE_LIMIT_PER_MINUTE: '10' } });
    const startedAt = performance.now();
    const responses = await Promise.all(Array.from({ length: 60 }, () => send(app, TOKEN, jsonPost({}, as('burst')))));
    expect(performance.now() - startedAt).toBeLessThan(2000);
    expect(responses.filter((r) => r.status === 200)).toHaveLength(10);
    const refused = responses.filter((r) => r.status === 429);
    expect(refused).toHaveLength(50);
    for (const res of refused) {
      const seconds = Number(res.headers.get('retry-after'));
      expect(seconds).toBeGreaterThanOrEqual(1);
      expect(seconds).toBeLessThanOrEqual(60);
      expect(await errorOf(res)).toMatchObject({
        code: 'rate_limited',
        message: expect.stringContaining(`${seconds} seconds`) as string,
      });
    }
    expect(calls).toHaveLength(10);
    expect((await app.request(TOKEN, jsonPost({}, as('bystander')))).status).toBe(200);
    expect((await app.request('/api/health', { headers: as('burst') })).status).toBe(200);
  });

  it('counts requests as they arrive, so a slow upstream cannot let a burst slip through', async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const minter = fakeMinter();
    const app = makeTestApp({
      live: { mint: async (req, signal) => (await held, minter.mint(req, signal)) },
      env: { RATE_LIMIT_PER_MINUTE: '3' },
    });
    const inFlight = Array.from({ length: 3 }, () => send(app, TOKEN, jsonPost({}, as('slow'))));
    const late = await app.request(TOKEN, jsonPost({}, as('slow')));
    expect(late.status).toBe(429);
    release();
    expect((await Promise.all(inFlight)).map((r) => r.status)).toEqual([200, 200, 200]);
  });

  it('counts down Retry-After and lets the client back in once the window has passed', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const app = makeTestApp({ live: fakeMinter(), env: { RATE_LIMIT_PER_MINUTE: '1' } });
    expect((await app.request(TOKEN, jsonPost({}))).status).toBe(200);
    vi.setSystemTime(Date.now() + 45_000);
    const res = await app.request(TOKEN, jsonPost({}));
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBe(15);
    vi.setSystemTime(Date.now() + 15_001);
    expect((await app.request(TOKEN, jsonPost({}))).status).toBe(200);
  });

  it('does not let a client dodge its budget by writing X-Forwarded-For, when no proxy is trusted', async () => {
    const app = makeTestApp({
      live: fakeMinter(),
      env: { RATE_LIMIT_PER_MINUTE: '3' },
      // As index.ts builds it: the socket address unless TRUST_PROXY is set.
      clientKey: (c) => clientKeyFrom(false, c.req.header('x-forwarded-for'), getConnInfo(c).remote.address),
    });
    server = await listen(app);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const res = await fetch(`${server.url}${TOKEN}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': `203.0.113.${i}` },
        body: '{}',
      });
      statuses.push(res.status);
    }
    expect(statuses).toEqual([200, 200, 200, 429, 429, 429]);
    expect(await healthAnswers(server.url)).toBe(true);
  });

  it('behind a trusted proxy, keys on the address the proxy saw, not the ones the client wrote before it', async () => {
    const app = makeTestApp({
      live: fakeMinter(),
      env: { RATE_LIMIT_PER_MINUTE: '2', TRUST_PROXY: 'true' },
      clientKey: (c) => clientKeyFrom(true, c.req.header('x-forwarded-for'), getConnInfo(c).remote.address),
    });
    server = await listen(app);
    const url = `${server.url}${TOKEN}`;
    const viaProxy = async (forged: string, seenByProxy: string) =>
      (
        await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': `${forged}, ${seenByProxy}` },
          body: '{}',
        })
      ).status;
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push(await viaProxy(`10.0.0.${i}`, '198.51.100.7'));
    expect(statuses).toEqual([200, 200, 429, 429]);
    expect(await viaProxy('10.0.0.1', '198.51.100.8')).toBe(200);
  });
});

describe('many conversation creations from one client', () => {
  it('creates only the budget, and the registry holds only those', async () => {
    const avatar = fakeAvatar();
    const app = makeTestApp({ avatar, env: { RATE_LIMIT_PER_MINUTE: '5' } });
    const statuses = [];
    for (let i = 0; i < 40; i++)
      statuses.push((await app.request(CREATE, jsonPost({ interviewId: `iv-${i}` }, as('greedy')))).status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(35);
    expect(avatar.created).toHaveLength(5);
    expect(avatar.registry.size).toBe(5);
    expect((await app.request(CREATE, jsonPost({ interviewId: 'other' }, as('someone-else')))).status).toBe(201);
  });

  it('keeps the registry no larger than the conversations Tavus lets exist at once', async () => {
    const MAX_CONCURRENT = 3;
    let open = 0;
    const avatar = fakeAvatar({
      createConversation: () => {
        if (open >= MAX_CONCURRENT) return Promise.reject(new UpstreamError('Tavus', 'busy', 400));
        open += 1;
        return Promise.resolve({ conversationId: `c${open}`, conversationUrl: `https://tavus.daily.co/c${open}` });
      },
    });
    const app = makeTestApp({ avatar, env: { RATE_LIMIT_PER_MINUTE: '1000' } });
    const statuses = await Promise.all(
      Array.from(
        { length: 50 },
        async (_, i) => (await send(app, CREATE, jsonPost({ interviewId: `iv-${i}` }))).status,
      ),
    );
    expect(statuses.filter((s) => s === 201)).toHaveLength(MAX_CONCURRENT);
    expect(statuses.filter((s) => s === 503)).toHaveLength(50 - MAX_CONCURRENT);
    expect(avatar.registry.size).toBe(MAX_CONCURRENT);
  });

  it('forgets every conversation once it is ended or its time is up, and unknown ids add nothing', async () => {
    const avatar = fakeAvatar();
    const app = makeTestApp({ avatar, env: { RATE_LIMIT_PER_MINUTE: '1000' } });
    for (let i = 0; i < 20; i++) await app.request(CREATE, jsonPost({ interviewId: `iv-${i}` }));
    expect(avatar.registry.size).toBe(20);
    for (let i = 0; i < 100; i++) await app.request(`${CREATE}/never-${i}/end`, jsonPost({}));
    expect(avatar.registry.size).toBe(20);
    for (let i = 1; i <= 10; i++) await app.request(`${CREATE}/c${i}/end`, jsonPost({}));
    expect(avatar.registry.size).toBe(10);
    for (const timer of avatar.timers.filter((t) => !t.cancelled)) timer.fire();
    await vi.waitFor(() => expect(avatar.registry.size).toBe(0));
    expect(new Set(avatar.ended).size).toBe(20);
  });
});
