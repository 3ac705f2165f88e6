import { describe, expect, it } from 'vitest';
import {
  CLIENT_HEADER,
  errorOf,
  fakeAvatar,
  fakeMinter,
  fakeReportWriter,
  jsonPost,
  makeTestApp,
} from './testing/fixtures.ts';

const TOKEN = '/api/live/token';

describe('createApp: access code', () => {
  const app = () =>
    makeTestApp({
      live: fakeMinter(),
      report: fakeReportWriter(),
      avatar: fakeAvatar(),
      env: { ACCESS_CODE: 'sesame' },
    });

  it.each([TOKEN, '/api/report', '/api/avatar/conversations'])(
    'asks for the code on %s when it is missing',
    async (path) => {
      const res = await app().request(path, jsonPost({}));
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toContain('AccessCode');
      expect(await errorOf(res)).toMatchObject({
        code: 'access_code_required',
        message: expect.stringContaining('Settings') as string,
      });
    },
  );

  it('refuses a wrong code', async () => {
    const res = await app().request(TOKEN, jsonPost({}, { 'x-access-code': 'sesam' }));
    expect(res.status).toBe(401);
    expect((await errorOf(res)).code).toBe('access_code_invalid');
  });

  it('lets the right code through', async () => {
    expect((await app().request(TOKEN, jsonPost({}, { 'x-access-code': 'sesame' }))).status).toBe(200);
  });

  it('does not accept the code in the body of an ordinary call', async () => {
    const res = await app().request(TOKEN, jsonPost({ accessCode: 'sesame' }));
    expect(res.status).toBe(401);
  });

  it('lets everything through when no code is configured', async () => {
    expect((await makeTestApp({ live: fakeMinter() }).request(TOKEN, jsonPost({}))).status).toBe(200);
  });
});

describe('createApp: rate limiting', () => {
  it('answers 429 with Retry-After once a client spends its budget, across the paid routes', async () => {
    const app = makeTestApp({ live: fakeMinter(), report: fakeReportWriter(), env: { RATE_LIMIT_PER_MINUTE: '2' } });
    expect((await app.request(TOKEN, jsonPost({}))).status).toBe(200);
    expect((await app.request(TOKEN, jsonPost({}))).status).toBe(200);
    const res = await app.request('/api/report', jsonPost({}));
    expect(res.status).toBe(429);
    const retryAfter = Number(res.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    const error = await errorOf(res);
    expect(error.code).toBe('rate_limited');
    expect(error.message).toContain(`${retryAfter} seconds`);
  });

  it('keeps a separate budget per client', async () => {
    const app = makeTestApp({ live: fakeMinter(), env: { RATE_LIMIT_PER_MINUTE: '1' } });
    expect((await app.request(TOKEN, jsonPost({}, { [CLIENT_HEADER]: 'a' }))).status).toBe(200);
    expect((await app.request(TOKEN, jsonPost({}, { [CLIENT_HEADER]: 'a' }))).status).toBe(429);
    expect((await app.request(TOKEN, jsonPost({}, { [CLIENT_HEADER]: 'b' }))).status).toBe(200);
  });

  it('counts wrong access codes too, so the code cannot be guessed quickly', async () => {
    const app = makeTestApp({ live: fakeMinter(), env: { RATE_LIMIT_PER_MINUTE: '2', ACCESS_CODE: 'sesame' } });
    await app.request(TOKEN, jsonPost({}, { 'x-access-code': 'a' }));
    await app.request(TOKEN, jsonPost({}, { 'x-access-code': 'b' }));
    expect((await app.request(TOKEN, jsonPost({}, { 'x-access-code': 'sesame' }))).status).toBe(429);
  });

  it('still lets a tab end its conversation after the paid budget is spent', async () => {
    const app = makeTestApp({ avatar: fakeAvatar(), env: { RATE_LIMIT_PER_MINUTE: '1' } });
    expect((await app.request('/api/avatar/conversations', jsonPost({ interviewId: 'i' }))).status).toBe(201);
    expect((await app.request('/api/avatar/conversations', jsonPost({ interviewId: 'i' }))).status).toBe(429);
    expect((await app.request('/api/avatar/conversations/c1/end', jsonPost({}))).status).toBe(204);
  });

  it('limits ends as well, with a larger budget', async () => {
    const app = makeTestApp({ avatar: fakeAvatar(), env: { RATE_LIMIT_PER_MINUTE: '1' } });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++)
      statuses.push((await app.request('/api/avatar/conversations/x/end', jsonPost({}))).status);
    expect(statuses).toEqual([204, 204, 204, 429]);
  });
});

describe('createApp: CORS and origins', () => {
  const allowed = 'https://interview.example.com';
  const app = () => makeTestApp({ live: fakeMinter(), env: { ALLOWED_ORIGINS: allowed } });

  it('answers a preflight from an allowed origin with the methods and headers it may use', async () => {
    const res = await app().request(TOKEN, {
      method: 'OPTIONS',
      headers: {
        origin: allowed,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,x-access-code',
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe(allowed);
    expect(res.headers.get('access-control-allow-headers')).toBe('content-type,x-access-code');
    expect(res.headers.get('access-control-allow-methods')).toBe('GET,POST');
  });

  it('lets an allowed origin call and read the answer', async () => {
    const res = await app().request(TOKEN, jsonPost({}, { origin: allowed }));
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe(allowed);
  });

  it('lets an allowed origin read error answers too', async () => {
    const res = await makeTestApp({ env: { ALLOWED_ORIGINS: allowed } }).request(
      TOKEN,
      jsonPost({}, { origin: allowed }),
    );
    expect(res.status).toBe(503);
    expect(res.headers.get('access-control-allow-origin')).toBe(allowed);
  });

  it('gives a foreign origin no CORS headers and refuses its requests', async () => {
    const preflight = await app().request(TOKEN, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    const res = await app().request(TOKEN, jsonPost({}, { origin: 'https://evil.example' }));
    expect(res.status).toBe(403);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect((await errorOf(res)).code).toBe('origin_forbidden');
  });

  it('refuses a foreign simple (text/plain) request before it can end a conversation', async () => {
    const avatar = fakeAvatar();
    const appWithAvatar = makeTestApp({ avatar });
    await appWithAvatar.request('/api/avatar/conversations', jsonPost({ interviewId: 'i' }));
    const res = await appWithAvatar.request('/api/avatar/conversations/c1/end', {
      method: 'POST',
      headers: { origin: 'https://evil.example', 'content-type': 'text/plain' },
      body: '',
    });
    expect(res.status).toBe(403);
    expect(avatar.ended).toEqual([]);
  });

  it('accepts its own origin when no list is configured, whatever the scheme in front', async () => {
    const sameOrigin = makeTestApp({ live: fakeMinter() });
    expect(
      (
        await sameOrigin.request(
          'http://localhost:8787/api/live/token',
          jsonPost({}, { origin: 'http://localhost:8787' }),
        )
      ).status,
    ).toBe(200);
    expect(
      (
        await sameOrigin.request(
          'http://localhost:8787/api/live/token',
          jsonPost({}, { origin: 'https://localhost:8787' }),
        )
      ).status,
    ).toBe(200);
    expect(
      (
        await sameOrigin.request(
          'http://localhost:8787/api/live/token',
          jsonPost({}, { origin: 'http://localhost:5173' }),
        )
      ).status,
    ).toBe(403);
  });
});

describe('createApp: headers and fallbacks', () => {
  it('sends security headers and a Content-Security-Policy on API answers', async () => {
    const res = await makeTestApp().request('/api/health');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain('wss://generativelanguage.googleapis.com');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('permissions-policy')).toContain('microphone=(self)');
  });

  it('allows the configured Gemini endpoint in the CSP, as ws:// for an http base', async () => {
    const res = await makeTestApp({ env: { GEMINI_API_BASE_URL: 'http://127.0.0.1:9100' } }).request('/api/health');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain('http://127.0.0.1:9100');
    expect(csp).toContain('ws://127.0.0.1:9100');
  });

  it.each(['/api/nope', '/api', '/api/live/token/extra'])('answers %s with a 404 in the error shape', async (path) => {
    const res = await makeTestApp().request(path);
    expect(res.status).toBe(404);
    expect((await errorOf(res)).code).toBe('not_found');
  });

  it('answers a wrong method on a real route with the JSON 404', async () => {
    const res = await makeTestApp({ live: fakeMinter() }).request(TOKEN);
    expect(res.status).toBe(404);
    expect((await errorOf(res)).code).toBe('not_found');
  });

  it('turns an unexpected crash into a 500 sentence, logged but not shown', async () => {
    const lines: string[] = [];
    const app = makeTestApp({
      live: { mint: () => Promise.reject(new TypeError('boom at line 3')) },
      log: (l) => lines.push(l),
    });
    const res = await app.request(TOKEN, jsonPost({}));
    expect(res.status).toBe(500);
    const error = await errorOf(res);
    expect(error.code).toBe('internal');
    expect(error.message).not.toContain('boom');
    expect(lines.join('\n')).toContain('boom at line 3');
  });
});
