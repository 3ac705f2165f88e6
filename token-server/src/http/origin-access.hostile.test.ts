import { describe, expect, it } from 'vitest';
import { CLIENT_HEADER, errorOf, fakeAvatar, fakeMinter, jsonPost, makeTestApp } from '../testing/fixtures.ts';
import { sameSecret } from './access-code.ts';

// Other websites and wrong codes. A page on a foreign origin must not get a token (nor read one),
// whatever it sends; a visitor without the access code must not either, whatever its length.

const TOKEN = '/api/live/token';
const ALLOWED = 'https://interview.example.com';
const CODE = 'sesame-7319';

function appWith(env: Record<string, string> = {}) {
  const calls: { durationMinutes: number }[] = [];
  const app = makeTestApp({ live: fakeMinter(calls), avatar: fakeAvatar(), env: { ALLOWED_ORIGINS: ALLOWED, ...env } });
  return { app, calls };
}

const preflight = (origin: string): RequestInit => ({
  method: 'OPTIONS',
  headers: {
    origin,
    'access-control-request-method': 'POST',
    'access-control-request-headers': 'content-type,x-access-code',
  },
});

const foreignOrigins = [
  'https://evil.example',
  'null', // sandboxed frames and file: pages
  `${ALLOWED}.evil.example`, // the allowed name as a prefix
  'https://evil-interview.example.com',
  'http://interview.example.com', // the allowed host over another scheme
  'https://interview.example.com:8443', // the allowed host on another port
  'https://INTERVIEW.example.com',
  `https://evil.example/${ALLOWED}`,
];

describe('CORS from a foreign origin', () => {
  it.each(foreignOrigins)('gives %s no preflight permission', async (origin) => {
    const res = await appWith().app.request(TOKEN, preflight(origin));
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it.each(foreignOrigins)('refuses the actual request from %s with 403, before any token is minted', async (origin) => {
    const { app, calls } = appWith();
    const res = await app.request(TOKEN, jsonPost({}, { origin }));
    expect(res.status).toBe(403);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect((await errorOf(res)).code).toBe('origin_forbidden');
    expect(calls).toEqual([]);
  });

  it('refuses a foreign origin even when it sends the right access code', async () => {
    const { app, calls } = appWith({ ACCESS_CODE: CODE });
    const res = await app.request(TOKEN, jsonPost({}, { origin: 'https://evil.example', 'x-access-code': CODE }));
    expect(res.status).toBe(403);
    expect(calls).toEqual([]);
  });

  it("does not let a foreign page spend its visitor's budget", async () => {
    const { app } = appWith({ RATE_LIMIT_PER_MINUTE: '2' });
    for (let i = 0; i < 5; i++) await app.request(TOKEN, jsonPost({}, { origin: 'https://evil.example' }));
    expect((await app.request(TOKEN, jsonPost({}, { origin: ALLOWED }))).status).toBe(200);
    expect((await app.request(TOKEN, jsonPost({}, { origin: ALLOWED }))).status).toBe(200);
  });

  it('never allows credentials, even to the allowed origin', async () => {
    const res = await appWith().app.request(TOKEN, preflight(ALLOWED));
    expect(res.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
  });
});

describe('DNS rebinding: a foreign site that points its own name at this server', () => {
  const rebound = 'http://rebound.attacker.example:8787';

  it('is refused while the server listens on loopback, even though Origin and Host agree', async () => {
    const { app, calls } = appWith();
    const res = await app.request(`${rebound}${TOKEN}`, jsonPost({}, { origin: rebound }));
    expect(res.status).toBe(403);
    expect((await errorOf(res)).code).toBe('host_forbidden');
    expect(calls).toEqual([]);
  });

  it('is refused without an Origin too (a same-origin GET sends none)', async () => {
    const res = await appWith().app.request(`${rebound}/api/health`);
    expect(res.status).toBe(403);
  });

  it.each([
    'http://localhost:8787',
    'http://127.0.0.1:8787',
    'http://[::1]:8787',
    'http://app.localhost:5173',
    'http://127.0.0.2',
  ])('lets the loopback name %s through', async (site) => {
    const res = await appWith().app.request(`${site}${TOKEN}`, jsonPost({}, { origin: site }));
    expect(res.status).toBe(200);
  });

  it.each([
    ['listening on every interface', { HOST: '0.0.0.0' }],
    ['behind a trusted proxy that passes the public name on', { TRUST_PROXY: 'true' }],
  ])('serves a public name when %s', async (_name, env) => {
    const site = 'https://interview.example.org';
    const res = await appWith(env).app.request(`${site}${TOKEN}`, jsonPost({}, { origin: site }));
    expect(res.status).toBe(200);
  });
});

describe('missing or wrong access code', () => {
  const withCode = () => appWith({ ACCESS_CODE: CODE, RATE_LIMIT_PER_MINUTE: '1000' });

  it.each([
    ['no header', {}],
    ['an empty header', { 'x-access-code': '' }],
  ])('asks for the code when there is %s', async (_name, headers) => {
    const { app, calls } = withCode();
    const res = await app.request(TOKEN, jsonPost({}, headers));
    expect(res.status).toBe(401);
    expect((await errorOf(res)).code).toBe('access_code_required');
    expect(calls).toEqual([]);
  });

  it.each(['s', CODE.slice(0, -1), `${CODE}!`, CODE.toUpperCase(), 'sésame-7319', 'x'.repeat(8000), `${CODE}${CODE}`])(
    'refuses the wrong code %j, whatever its length',
    async (code) => {
      const { app, calls } = withCode();
      const res = await app.request(TOKEN, jsonPost({}, { 'x-access-code': code }));
      expect(res.status).toBe(401);
      expect((await errorOf(res)).code).toBe('access_code_invalid');
      expect(calls).toEqual([]);
    },
  );

  it('does not take the code from the query string', async () => {
    const res = await withCode().app.request(`${TOKEN}?accessCode=${CODE}&x-access-code=${CODE}`, jsonPost({}));
    expect(res.status).toBe(401);
  });

  it('refuses an over-long code in a beacon body with 400, and a wrong one with 401', async () => {
    const { app } = withCode();
    const beacon = (accessCode: string) => ({
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ accessCode }),
    });
    expect((await app.request('/api/avatar/conversations/c1/end', beacon('x'.repeat(300)))).status).toBe(400);
    expect((await app.request('/api/avatar/conversations/c1/end', beacon('guess'))).status).toBe(401);
  });

  it('lets the right code through, so the refusals above are about the code', async () => {
    const { app, calls } = withCode();
    expect((await app.request(TOKEN, jsonPost({}, { 'x-access-code': CODE, [CLIENT_HEADER]: 'someone' }))).status).toBe(
      200,
    );
    expect(calls).toHaveLength(1);
  });
});

describe('sameSecret, the timing-safe compare', () => {
  const lengths = [0, 1, CODE.length - 1, CODE.length, CODE.length + 1, 32, 33, 64, 1000, 1024 * 1024];

  it.each(lengths)('compares a guess of %i characters without throwing, and says no', (length) => {
    // node's timingSafeEqual throws on buffers of different lengths; hashing both sides first
    // makes every comparison the same length, so nothing about the code's length leaks.
    expect(() => sameSecret('g'.repeat(length), CODE)).not.toThrow();
    expect(sameSecret('g'.repeat(length), CODE)).toBe(false);
  });

  it('handles codes and guesses of any characters: multi-byte, NUL, lone surrogates', () => {
    for (const secret of ['pässwörd', '鍵🔑', 'a\u0000b', 'lone\uD800']) {
      expect(sameSecret(secret, secret)).toBe(true);
      expect(sameSecret(`${secret}x`, secret)).toBe(false);
      expect(sameSecret(secret.slice(0, -1), secret)).toBe(false);
    }
  });

  it('tells apart strings that differ only in the last character or only in length', () => {
    expect(sameSecret(`${CODE.slice(0, -1)}0`, CODE)).toBe(false);
    expect(sameSecret(`${CODE}\u0000`, CODE)).toBe(false);
  });
});
