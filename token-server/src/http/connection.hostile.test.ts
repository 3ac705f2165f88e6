import { afterEach, describe, expect, it } from 'vitest';
import { fakeMinter, fakeReportWriter, makeTestApp } from '../testing/fixtures.ts';
import { healthAnswers, listen, openSocket, rawRequest, type Listening } from '../testing/raw-http.ts';
import { CONNECTION_LIMITS, httpServerOptions } from './connection-limits.ts';

// Attacks on the connection itself, against a real listening server: bodies that never end,
// lie about their length or arrive one byte at a time, and headers that never finish. Each is
// cut off in bounded time while other clients are still served.

/** The production limits, scaled down so a test can wait them out. */
const FAST_LIMITS = { headersTimeoutMs: 400, requestTimeoutMs: 800, checkIntervalMs: 100 };

let server: Listening | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start(slowMinterMs = 0): Promise<Listening> {
  const minter = fakeMinter();
  const live = {
    mint: async (req: { durationMinutes: number }, signal: AbortSignal) => {
      await new Promise((resolve) => setTimeout(resolve, slowMinterMs));
      return minter.mint(req, signal);
    },
  };
  const app = makeTestApp({ live, report: fakeReportWriter(), env: { RATE_LIMIT_PER_MINUTE: '1000' } });
  server = await listen(app, httpServerOptions(FAST_LIMITS));
  return server;
}

const head = (lines: string[]) => `${lines.join('\r\n')}\r\n\r\n`;
const post = (path: string, extra: string[]) =>
  head([`POST ${path} HTTP/1.1`, 'Host: 127.0.0.1', 'Content-Type: application/json', ...extra]);

describe('bodies that are too large', () => {
  it('answers 413 to a chunked body that never ends, and hangs up on it soon after', async () => {
    const { port, url } = await start();
    const { socket, opened, closed, received } = openSocket(port);
    await opened;
    socket.write(post('/api/report', ['Transfer-Encoding: chunked']));
    const chunk = `${(64 * 1024).toString(16)}\r\n${'x'.repeat(64 * 1024)}\r\n`;
    const pump = setInterval(() => socket.writable && socket.write(chunk), 5);
    const closedAfter = await closed;
    clearInterval(pump);
    expect(received()).toMatch(/^HTTP\/1\.1 413/);
    expect(received()).toContain('payload_too_large');
    expect(closedAfter).toBeLessThan(3000);
    expect(await healthAnswers(url)).toBe(true);
  });

  it('answers 413 at once to a declared length over the limit, without waiting for the body', async () => {
    const { port, url } = await start();
    const { socket, opened, received } = openSocket(port);
    await opened;
    socket.write(post('/api/live/token', ['Content-Length: 10000000000']));
    await expect.poll(received, { timeout: 1000, interval: 20 }).toMatch(/^HTTP\/1\.1 413/);
    socket.destroy();
    expect(await healthAnswers(url)).toBe(true);
  });

  it('refuses a request that gives both a length and chunked encoding, so nothing can be smuggled inside', async () => {
    const { port, url } = await start();
    const smuggled =
      'POST /api/live/token HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}';
    const body = `0\r\n\r\n${smuggled}`;
    const reply = await rawRequest(
      port,
      `${post('/api/health', ['Content-Length: ' + String(body.length), 'Transfer-Encoding: chunked'])}${body}`,
    );
    expect(reply.status).toBe(400);
    expect(reply.text).not.toContain('auth_tokens'); // the request hidden in the body was never run
    expect(await healthAnswers(url)).toBe(true);
  });
});

describe('the Host header on the socket', () => {
  it('refuses an API call for a foreign name pointed at this loopback server (DNS rebinding)', async () => {
    const { port } = await start();
    const rebound = `rebound.attacker.example:${port}`;
    const request = head([
      'POST /api/live/token HTTP/1.1',
      `Host: ${rebound}`,
      `Origin: http://${rebound}`,
      'Content-Type: application/json',
      'Content-Length: 2',
      'Connection: close',
    ]);
    const reply = await rawRequest(port, `${request}{}`);
    expect(reply.status).toBe(403);
    expect(reply.text).toContain('host_forbidden');
    expect(reply.text).not.toContain('auth_tokens');
  });
});

describe('slow clients', () => {
  it('hangs up on clients that trickle their headers, and serves others meanwhile', async () => {
    const { port, url } = await start();
    const attackers = Array.from({ length: 20 }, () => openSocket(port));
    await Promise.all(attackers.map((a) => a.opened));
    for (const a of attackers) a.socket.write('GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n');
    const drip = setInterval(
      () => attackers.forEach((a, i) => a.socket.writable && a.socket.write(`X-Drip-${i}: 1\r\n`)),
      50,
    );
    expect(await healthAnswers(url)).toBe(true);
    const closedAfter = await Promise.all(attackers.map((a) => a.closed));
    clearInterval(drip);
    expect(Math.max(...closedAfter)).toBeLessThan(FAST_LIMITS.headersTimeoutMs + 2000);
    expect(await healthAnswers(url)).toBe(true);
  });

  it('answers 408 to a body sent one byte at a time, once the request deadline passes', async () => {
    const { port, url } = await start();
    const { socket, opened, closed, received } = openSocket(port);
    await opened;
    socket.write(post('/api/live/token', ['Content-Length: 400']));
    const drip = setInterval(() => socket.writable && socket.write(' '), 50);
    expect(await healthAnswers(url)).toBe(true);
    const closedAfter = await closed;
    clearInterval(drip);
    expect(received()).toMatch(/^HTTP\/1\.1 408/);
    expect(closedAfter).toBeLessThan(FAST_LIMITS.requestTimeoutMs + 2000);
    expect(await healthAnswers(url)).toBe(true);
  });

  it('does not cut off a slow answer: only receiving the request is timed', async () => {
    const { url } = await start(FAST_LIMITS.requestTimeoutMs + 400);
    const res = await fetch(`${url}/api/live/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(res.status).toBe(200);
  });

  it('uses deadlines in production that are set, and far below Node’s own (60 s and 300 s)', () => {
    const options = httpServerOptions();
    expect(options.headersTimeout).toBe(CONNECTION_LIMITS.headersTimeoutMs);
    // 0 would switch a deadline off altogether.
    expect(CONNECTION_LIMITS.headersTimeoutMs).toBeGreaterThan(0);
    expect(CONNECTION_LIMITS.headersTimeoutMs).toBeLessThanOrEqual(15_000);
    expect(CONNECTION_LIMITS.requestTimeoutMs).toBeGreaterThanOrEqual(CONNECTION_LIMITS.headersTimeoutMs);
    expect(CONNECTION_LIMITS.requestTimeoutMs).toBeLessThanOrEqual(60_000);
    expect(options.requestTimeout).toBe(CONNECTION_LIMITS.requestTimeoutMs);
  });
});
