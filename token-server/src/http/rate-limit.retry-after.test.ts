import { afterEach, describe, expect, it, vi } from 'vitest';
import { errorOf, fakeMinter, jsonPost, makeTestApp } from '../testing/fixtures.ts';

// Retry-After is a whole number of seconds (RFC 9110 §10.2.3). Rounding it down, or to the
// nearest second, tells the client to come back while its window is still closed, so it is
// refused again: the value must be rounded up. These cases fall between whole seconds on
// purpose; a whole-second case cannot tell ceil from floor or round.

const TOKEN = '/api/live/token';

afterEach(() => {
  vi.useRealTimers();
});

async function retryAfterAt(elapsedMs: number): Promise<{ seconds: number; message: string }> {
  vi.useFakeTimers({ toFake: ['Date'] });
  const app = makeTestApp({ live: fakeMinter(), env: { RATE_LIMIT_PER_MINUTE: '1' } });
  expect((await app.request(TOKEN, jsonPost({}))).status).toBe(200);
  vi.setSystemTime(Date.now() + elapsedMs);
  const res = await app.request(TOKEN, jsonPost({}));
  expect(res.status).toBe(429);
  return { seconds: Number(res.headers.get('retry-after')), message: (await errorOf(res)).message };
}

describe('Retry-After', () => {
  it('rounds 14.3 s left up to 15, in the header and in the sentence', async () => {
    const { seconds, message } = await retryAfterAt(45_700);
    expect(seconds).toBe(15);
    expect(message).toContain('Wait 15 seconds');
  });

  it('rounds 0.2 s left up to 1, never to 0', async () => {
    expect((await retryAfterAt(59_800)).seconds).toBe(1);
  });

  it('lets the client in once the advertised seconds have passed', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const app = makeTestApp({ live: fakeMinter(), env: { RATE_LIMIT_PER_MINUTE: '1' } });
    await app.request(TOKEN, jsonPost({}));
    vi.setSystemTime(Date.now() + 30_500);
    const seconds = Number((await app.request(TOKEN, jsonPost({}))).headers.get('retry-after'));
    vi.setSystemTime(Date.now() + seconds * 1000);
    expect((await app.request(TOKEN, jsonPost({}))).status).toBe(200);
  });
});
