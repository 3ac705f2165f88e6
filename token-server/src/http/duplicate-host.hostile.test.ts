import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeMinter, makeTestApp } from '../testing/fixtures.ts';
import type { LiveTokenRequest } from '../upstream/gemini.ts';
import { listen, rawRequest, type Listening } from '../testing/raw-http.ts';

// Two Host lines in one request: Node builds the URL from the first, a proxy in front may route
// by the last, so the server and the proxy would disagree about which site was asked for (the
// allowed-origin and DNS-rebinding checks read the server's view). RFC 9112 §3.2 requires 400.

const logged: string[] = [];
const minted: LiveTokenRequest[] = [];
let server: Listening;
beforeAll(async () => {
  server = await listen(
    makeTestApp({ live: fakeMinter(minted), log: (line) => logged.push(line), env: { HOST: '0.0.0.0' } }),
  );
});
afterAll(() => server.close());

const request = (target: string, hosts: string[], extra: string[] = []) =>
  rawRequest(
    server.port,
    [`${target} HTTP/1.1`, ...hosts.map((h) => `Host: ${h}`), 'Connection: close', ...extra, '', ''].join('\r\n'),
  );

const tokenPost = ['Content-Type: application/json', 'Content-Length: 2', '', '{}'];

describe('a request with more than one Host line', () => {
  it.each([
    ['a loopback name then a foreign one', ['127.0.0.1', 'evil.example']],
    ['a foreign name then a loopback one', ['evil.example', '127.0.0.1']],
    ['the same name twice', ['127.0.0.1', '127.0.0.1']],
    ['an empty second line', ['127.0.0.1', '']],
  ])('is refused with 400 host_invalid on the API and the app (%s)', async (_name, hosts) => {
    for (const target of ['GET /api/health', 'GET /']) {
      const reply = await request(target, hosts);
      expect(reply.status).toBe(400);
      expect(reply.text).toContain('host_invalid');
    }
    expect(logged).toEqual([]);
  });

  it('is refused before a paid route mints anything, whatever Origin names', async () => {
    const reply = await rawRequest(
      server.port,
      [
        'POST /api/live/token HTTP/1.1',
        'Host: evil.example',
        'Host: 127.0.0.1',
        'Origin: http://evil.example',
        'Connection: close',
        ...tokenPost,
      ].join('\r\n'),
    );
    expect(reply.status).toBe(400);
    expect(minted).toEqual([]);
  });

  it('leaves a request with one Host line alone, so the refusals above are about the repeat', async () => {
    const reply = await request('GET /api/health', ['127.0.0.1']);
    expect(reply.status).toBe(200);
  });
});
