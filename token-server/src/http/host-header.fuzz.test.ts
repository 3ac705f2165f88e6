import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp } from '../testing/fixtures.ts';
import { listen, rawRequest, type Listening } from '../testing/raw-http.ts';

// Host names that Node's HTTP parser accepts but the URL parser refuses crashed every request
// that read the URL: 500, and a stack in the log each time. Any Host must get a 4xx or an
// ordinary answer, and leave the log empty.

const logged: string[] = [];
let server: Listening;
beforeAll(async () => {
  server = await listen(makeTestApp({ log: (line) => logged.push(line) }));
});
afterAll(() => server.close());

const withHost = (host: string, path: string) =>
  rawRequest(server.port, `GET ${path} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`);

describe('a malformed Host header', () => {
  it.each(['xn--', 'xn--a', '256.1.1.1', 'a.xn--.b', '1.2.3.256'])(
    '%j gets 400 host_invalid on the API and the app alike, with nothing logged',
    async (host) => {
      for (const path of ['/api/health', '/api/live/token', '/', '/report/1']) {
        const reply = await withHost(host, path);
        expect(reply.status).toBe(400);
        expect(reply.text).toContain('host_invalid');
      }
      expect(logged).toEqual([]);
    },
  );

  it('never gets a 5xx or a log line, whatever the Host', async () => {
    const piece = fc.constantFrom(
      'xn--',
      'a',
      '.',
      '-',
      ':',
      '[',
      ']',
      '::1',
      '256',
      '0x7f',
      '%',
      '@',
      '1',
      '9999999',
      'localhost',
      '127.0.0.1',
      '_',
      '~',
    );
    const host = fc.oneof(
      fc.array(piece, { maxLength: 8 }).map((p) => p.join('')),
      fc.string({ unit: 'grapheme-ascii', maxLength: 30 }),
    );
    await fc.assert(
      fc.asyncProperty(host, fc.constantFrom('/api/health', '/'), async (h, path) => {
        const { status } = await withHost(h.replace(/[\r\n]/g, ''), path);
        expect(status).toBeGreaterThanOrEqual(200);
        expect(status).toBeLessThan(500);
        expect(logged).toEqual([]);
      }),
    );
  });
});
