import { describe, expect, it, vi } from 'vitest';
import { UpstreamError } from '../upstream/upstream-error.ts';
import { errorOf, fakeAvatar, jsonPost, makeTestApp } from '../testing/fixtures.ts';

const CREATE = '/api/avatar/conversations';
const endPath = (id: string) => `/api/avatar/conversations/${id}/end`;

describe('POST /api/avatar/conversations', () => {
  it('creates a conversation, answers 201 and remembers it with its deadline', async () => {
    const avatar = fakeAvatar();
    const app = makeTestApp({ avatar });
    const res = await app.request(CREATE, jsonPost({ interviewId: 'iv-1', maxMinutes: 20 }));
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ conversationId: 'c1', conversationUrl: 'https://tavus.daily.co/c1' });
    expect(avatar.created).toEqual([{ name: 'Mockingbird interview iv-1', maxCallSeconds: 1200 }]);
    expect(avatar.registry.has('c1')).toBe(true);
    expect(avatar.timers[0]?.ms).toBe(20 * 60_000 + 60_000);
  });

  it('uses 30 minutes when no maximum is given', async () => {
    const avatar = fakeAvatar();
    await makeTestApp({ avatar }).request(CREATE, jsonPost({ interviewId: 'iv-1' }));
    expect(avatar.created[0]?.maxCallSeconds).toBe(1800);
  });

  it('answers 503 avatar_unconfigured without a Tavus key', async () => {
    const res = await makeTestApp().request(CREATE, jsonPost({ interviewId: 'iv-1' }));
    expect(res.status).toBe(503);
    expect((await errorOf(res)).code).toBe('avatar_unconfigured');
  });

  it.each([
    [{}, 'interviewId'],
    [{ interviewId: '../../x' }, 'interviewId'],
    [{ interviewId: 'iv', maxMinutes: 90 }, 'maxMinutes'],
    [{ interviewId: 'iv', replica_id: 'r-other' }, 'replica_id'],
  ])('rejects %j with 400 naming %s', async (body, field) => {
    const res = await makeTestApp({ avatar: fakeAvatar() }).request(CREATE, jsonPost(body));
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toContain(field);
  });

  it('says calmly when every avatar slot is taken', async () => {
    const avatar = fakeAvatar({ createConversation: () => Promise.reject(new UpstreamError('Tavus', 'busy', 400)) });
    const res = await makeTestApp({ avatar }).request(CREATE, jsonPost({ interviewId: 'iv-1' }));
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('60');
    const error = await errorOf(res);
    expect(error.code).toBe('avatar_busy');
    expect(error.message).toMatch(/try again/i);
    expect(avatar.registry.size).toBe(0);
  });

  it.each([
    ['timeout', 504, 'upstream_timeout'],
    ['failed', 502, 'upstream_failed'],
    ['auth', 502, 'upstream_auth'],
  ] as const)('maps a Tavus %s to %i %s', async (failure, status, code) => {
    const avatar = fakeAvatar({ createConversation: () => Promise.reject(new UpstreamError('Tavus', failure)) });
    const res = await makeTestApp({ avatar }).request(CREATE, jsonPost({ interviewId: 'iv-1' }));
    expect(res.status).toBe(status);
    const error = await errorOf(res);
    expect(error.code).toBe(code);
    expect(error.message).toContain('Tavus');
  });
});

describe('POST /api/avatar/conversations/:id/end', () => {
  async function appWithConversation(env: Record<string, string> = {}) {
    const avatar = fakeAvatar();
    const app = makeTestApp({ avatar, env });
    const code: Record<string, string> = env.ACCESS_CODE ? { 'x-access-code': env.ACCESS_CODE } : {};
    await app.request(CREATE, jsonPost({ interviewId: 'iv-1' }, code));
    return { app, avatar };
  }

  it('ends a conversation with 204 and stops its deadline timer', async () => {
    const { app, avatar } = await appWithConversation();
    const res = await app.request(endPath('c1'), jsonPost({}));
    expect(res.status).toBe(204);
    expect(avatar.ended).toEqual(['c1']);
    expect(avatar.timers[0]?.cancelled).toBe(true);
  });

  it('is idempotent: a second end, or an unknown id, is 204 without calling Tavus again', async () => {
    const { app, avatar } = await appWithConversation();
    await app.request(endPath('c1'), jsonPost({}));
    expect((await app.request(endPath('c1'), jsonPost({}))).status).toBe(204);
    expect((await app.request(endPath('never-created'), jsonPost({}))).status).toBe(204);
    expect(avatar.ended).toEqual(['c1']);
  });

  it('accepts a sendBeacon body sent as text/plain, with the access code inside', async () => {
    const { app, avatar } = await appWithConversation({ ACCESS_CODE: 'sesame' });
    const res = await app.request(endPath('c1'), {
      method: 'POST',
      headers: { 'content-type': 'text/plain;charset=UTF-8' },
      body: JSON.stringify({ accessCode: 'sesame' }),
    });
    expect(res.status).toBe(204);
    expect(avatar.ended).toEqual(['c1']);
  });

  it('accepts a beacon Blob typed application/json, and no body at all', async () => {
    const { app } = await appWithConversation();
    const blob = new Blob([JSON.stringify({})], { type: 'application/json' });
    expect((await app.request(endPath('c1'), { method: 'POST', body: blob })).status).toBe(204);
    expect((await app.request(endPath('c2'), { method: 'POST' })).status).toBe(204);
  });

  it('refuses a beacon with a wrong code in its body', async () => {
    const { app, avatar } = await appWithConversation({ ACCESS_CODE: 'sesame' });
    const res = await app.request(endPath('c1'), {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: '{"accessCode":"guess"}',
    });
    expect(res.status).toBe(401);
    expect((await errorOf(res)).code).toBe('access_code_invalid');
    expect(avatar.ended).toEqual([]);
  });

  it.each([
    ['text/plain', 'not json', 400, 'invalid_json'],
    ['text/plain', '{"accessCode":"x","extra":1}', 400, 'invalid_request'],
    ['application/x-www-form-urlencoded', 'a=b', 415, 'unsupported_media_type'],
  ])('rejects a %s body %j with %i %s', async (type, body, status, code) => {
    const { app } = await appWithConversation();
    const res = await app.request(endPath('c1'), { method: 'POST', headers: { 'content-type': type }, body });
    expect(res.status).toBe(status);
    expect((await errorOf(res)).code).toBe(code);
  });

  it('rejects a conversation id that cannot be one', async () => {
    const { app } = await appWithConversation();
    const res = await app.request(endPath('a%20b'), jsonPost({}));
    expect(res.status).toBe(400);
  });

  it('answers 204 even when Tavus fails, and keeps the conversation for another try', async () => {
    const avatar = fakeAvatar({ endConversation: () => Promise.reject(new UpstreamError('Tavus', 'failed', 500)) });
    const app = makeTestApp({ avatar });
    await app.request(CREATE, jsonPost({ interviewId: 'iv-1' }));
    const res = await app.request(endPath('c1'), jsonPost({}));
    expect(res.status).toBe(204);
    await vi.waitFor(() => expect(avatar.timers.filter((t) => !t.cancelled).map((t) => t.ms)).toEqual([30_000]));
    expect(avatar.registry.has('c1')).toBe(true);
  });

  it('answers 204 when the avatar is not configured, since nothing can be open', async () => {
    expect((await makeTestApp().request(endPath('c1'), jsonPost({}))).status).toBe(204);
  });
});
