import type { Hono } from 'hono';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { samplePrepContent as samplePrepPack } from '../../../contracts/testing/sample-prep-content.ts';
import { fakeAvatar, fakeMinter, jsonPost, makeTestApp, sampleReport } from '../testing/fixtures.ts';

// Hostile bodies on every JSON route: broken JSON, the wrong media type, too many bytes (declared
// or not), unknown fields. Each must be refused with the right 4xx, quickly, before any paid
// upstream call, and the server must answer the next visitor as if nothing happened.

// Not a speed check (the machines are shared and noisy): a bound far above any honest answer,
// so only a parser that hangs on the attack fails here.
const HANG_MS = 15_000;

interface JsonRoute {
  path: string;
  valid: Record<string, unknown>;
  limitBytes: number;
}

const routes: JsonRoute[] = [
  { path: '/api/live/token', valid: { durationMinutes: 10 }, limitBytes: 4 * 1024 },
  { path: '/api/avatar/conversations', valid: { interviewId: 'iv-1' }, limitBytes: 4 * 1024 },
  {
    path: '/api/report',
    valid: {
      interview: { topic: 'Sales', level: 'Beginner' },
      transcript: [{ role: 'candidate', text: 'I listen first.' }],
    },
    limitBytes: 1024 * 1024,
  },
  { path: '/api/prep', valid: { topic: 'Sales', level: 'Beginner' }, limitBytes: 512 * 1024 },
];

let app: Hono;
let upstreamCalls = 0;

beforeEach(() => {
  upstreamCalls = 0;
  const counted = <T>(value: T) => (upstreamCalls++, Promise.resolve(value));
  const avatar = fakeAvatar({
    createConversation: () => counted({ conversationId: 'c1', conversationUrl: 'https://tavus.daily.co/c1' }),
  });
  const minter = fakeMinter();
  app = makeTestApp({
    live: { mint: (req, signal) => (upstreamCalls++, minter.mint(req, signal)) },
    report: { write: () => counted(sampleReport) },
    prep: { write: () => counted(samplePrepPack) },
    avatar,
    env: { RATE_LIMIT_PER_MINUTE: '10000' },
  });
});

afterEach(async () => {
  expect((await app.request('/api/health')).status).toBe(200);
});

async function attack(
  path: string,
  init: RequestInit,
): Promise<{ status: number; code: string; message: string; ms: number }> {
  const startedAt = performance.now();
  const res = await app.request(path, init);
  const body = (await res.json()) as { error?: { code: string; message: string } };
  return {
    status: res.status,
    code: body.error?.code ?? '',
    message: body.error?.message ?? '',
    ms: performance.now() - startedAt,
  };
}

const rawJson = (body: RequestInit['body'], type = 'application/json'): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': type },
  body,
});

/** A body that never ends, counting how many bytes the server pulled from it. */
function endlessBody(): { body: ReadableStream<Uint8Array>; pulled: () => number } {
  const chunk = new TextEncoder().encode(`{"x":"${'a'.repeat(64 * 1024)}`);
  let pulled = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      pulled += chunk.length;
      controller.enqueue(chunk);
    },
  });
  return { body, pulled: () => pulled };
}

const brokenJson: [string, string | Uint8Array][] = [
  ['an empty body', ''],
  ['an unfinished object', '{"a":'],
  ['a trailing comma', '{"a":1,}'],
  ['single quotes', "{'a':1}"],
  ['NaN', 'NaN'],
  ['a raw control character in a string', '{"topic":"a\u0001b"}'],
  ['bytes that are not UTF-8', new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])],
  ['text after the object', '{"a":1} {"b":2}'],
];

describe.each(routes)('$path', (route) => {
  it.each(brokenJson)('refuses %s with 400 invalid_json', async (_name, body) => {
    const r = await attack(route.path, rawJson(body));
    expect([r.status, r.code]).toEqual([400, 'invalid_json']);
    expect(r.ms).toBeLessThan(HANG_MS);
    expect(upstreamCalls).toBe(0);
  });

  it.each(['[]', 'null', '"text"', '42', 'true', '[{}]'])(
    'refuses the JSON value %s, which is not an object, with 400 invalid_request',
    async (body) => {
      const r = await attack(route.path, rawJson(body));
      expect([r.status, r.code]).toEqual([400, 'invalid_request']);
      expect(upstreamCalls).toBe(0);
    },
  );

  it.each([
    ['no Content-Type at all', undefined],
    ['text/plain', 'text/plain'],
    ['a form', 'application/x-www-form-urlencoded'],
    ['multipart', 'multipart/form-data; boundary=x'],
    ['text/json', 'text/json'],
    ['a look-alike', 'application/jsonx'],
    ['XML', 'application/xml'],
    ['an 8 KB junk type', `application/${'x'.repeat(8 * 1024)}`],
  ])('refuses valid JSON sent as %s with 415', async (_name, type) => {
    const bytes = new TextEncoder().encode(JSON.stringify(route.valid)); // a byte body gets no default type
    const r = await attack(route.path, { method: 'POST', headers: type ? { 'content-type': type } : {}, body: bytes });
    expect([r.status, r.code]).toEqual([415, 'unsupported_media_type']);
    expect(r.ms).toBeLessThan(HANG_MS);
    expect(upstreamCalls).toBe(0);
  });

  it('refuses a declared length over the limit with 413, whatever the body', async () => {
    const r = await attack(route.path, jsonPost(route.valid, { 'content-length': String(route.limitBytes + 1) }));
    expect([r.status, r.code]).toEqual([413, 'payload_too_large']);
    expect(upstreamCalls).toBe(0);
  });

  it('refuses a streamed body with no length that never ends, and stops reading it at the limit', async () => {
    const { body, pulled } = endlessBody();
    const init: RequestInit & { duplex: 'half' } = {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      duplex: 'half',
    };
    const r = await attack(route.path, init);
    expect([r.status, r.code]).toEqual([413, 'payload_too_large']);
    expect(pulled()).toBeLessThan(route.limitBytes + 4 * 65 * 1024); // the stream's read-ahead, no more
    expect(r.ms).toBeLessThan(HANG_MS);
    expect(upstreamCalls).toBe(0);
  });

  it.each([
    ['an extra field', { extra: 1 }, 'extra'],
    ['__proto__', JSON.parse('{"__proto__":{"polluted":true}}') as Record<string, unknown>, '__proto__'],
    ['constructor.prototype', { constructor: { prototype: { polluted: true } } }, 'constructor'],
  ])('refuses %s next to valid fields with 400 naming it, and pollutes nothing', async (_name, extra, field) => {
    const r = await attack(route.path, jsonPost({ ...route.valid, ...extra }));
    expect([r.status, r.code]).toEqual([400, 'invalid_request']);
    expect(r.message).toContain(field);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(upstreamCalls).toBe(0);
  });

  it('accepts the valid body, so the refusals above are about the attack and nothing else', async () => {
    const res = await app.request(route.path, jsonPost(route.valid));
    expect(res.status).toBeLessThan(300);
    expect(upstreamCalls).toBe(1);
  });
});

describe('structure attacks on the largest body', () => {
  it.each([
    ['an array nested 400,000 deep', `${'['.repeat(400_000)}${']'.repeat(400_000)}`],
    ['an object nested 100,000 deep', `{"interview":${'{"a":'.repeat(100_000)}1${'}'.repeat(100_001)}`],
    [
      'a transcript of 50,000 empty objects',
      `{"interview":{"topic":"t","level":"l"},"transcript":[${Array(50_000).fill('{}').join(',')}]}`,
    ],
  ])('refuses %s with 400, quickly', async (_name, body) => {
    const r = await attack('/api/report', rawJson(body));
    expect(r.status).toBe(400);
    expect(r.ms).toBeLessThan(HANG_MS);
    expect(upstreamCalls).toBe(0);
  });

  it('judges a repeated key by its last value, the one that would be used', async () => {
    const r = await attack('/api/live/token', rawJson('{"durationMinutes":10,"durationMinutes":600}'));
    expect([r.status, r.code]).toEqual([400, 'invalid_request']);
    expect(r.message).toContain('durationMinutes');
  });

  it('refuses a sendBeacon end body over its 1 KB limit with 413', async () => {
    const r = await attack(
      '/api/avatar/conversations/c1/end',
      rawJson(JSON.stringify({ accessCode: 'x'.repeat(2048) }), 'text/plain'),
    );
    expect([r.status, r.code]).toEqual([413, 'payload_too_large']);
  });
});
