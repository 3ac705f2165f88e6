import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runLoad } from './load-generator.ts';

let server: ReturnType<typeof createServer>;
let url = '';
const connections = new Set<unknown>();

beforeAll(async () => {
  server = createServer((req, res) => res.writeHead(req.url === '/fail' ? 429 : 200).end('ok'));
  server.on('connection', (socket) => connections.add(socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('runLoad', () => {
  it('keeps to the given number of keep-alive connections and times every request', async () => {
    const result = await runLoad({ url: `${url}/ok`, method: 'GET', concurrency: 3, durationMs: 200 });
    expect(result.requests).toBeGreaterThan(3);
    expect(result.latenciesMs).toHaveLength(result.requests);
    expect(result.failures).toBe(0);
    expect(connections.size).toBeLessThanOrEqual(3);
  });

  it('keeps to a requested rate', async () => {
    const result = await runLoad({
      url: `${url}/ok`,
      method: 'GET',
      concurrency: 2,
      durationMs: 500,
      ratePerSecond: 20,
    });
    // 20 a second for half a second: 10 slots, give or take the last one.
    expect(result.requests).toBeGreaterThanOrEqual(9);
    expect(result.requests).toBeLessThanOrEqual(12);
  });

  it('counts answers that are not 2xx as failures', async () => {
    const result = await runLoad({ url: `${url}/fail`, method: 'POST', body: '{}', concurrency: 1, durationMs: 50 });
    expect(result.failures).toBe(result.requests);
    expect(result.statuses['429']).toBe(result.requests);
  });
});
