import { describe, expect, it } from 'vitest';
import { UpstreamError } from '../upstream/upstream-error.ts';
import type { LiveTokenRequest } from '../upstream/gemini.ts';
import { errorOf, fakeMinter, jsonPost, makeTestApp } from '../testing/fixtures.ts';

const PATH = '/api/live/token';

describe('POST /api/live/token', () => {
  it('returns a token for the requested duration, voice and language', async () => {
    const calls: LiveTokenRequest[] = [];
    const app = makeTestApp({ live: fakeMinter(calls) });
    const res = await app.request(PATH, jsonPost({ voice: 'Kore', languageCode: 'en-US', durationMinutes: 20 }));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      token: 'auth_tokens/fake',
      expiresAt: '2030-01-01T00:00:00.000Z',
      model: 'live-model',
      apiVersion: 'v1alpha',
    });
    expect(calls).toEqual([{ durationMinutes: 20, voice: 'Kore', languageCode: 'en-US' }]);
  });

  it('passes on that the browser marks turns itself, so the token can lock it', async () => {
    const calls: LiveTokenRequest[] = [];
    const app = makeTestApp({ live: fakeMinter(calls) });
    expect((await app.request(PATH, jsonPost({ manualActivity: true }))).status).toBe(200);
    expect(calls).toEqual([{ durationMinutes: 30, manualActivity: true }]);
  });

  it('asks for 30 minutes when no duration is given', async () => {
    const calls: LiveTokenRequest[] = [];
    const app = makeTestApp({ live: fakeMinter(calls) });
    expect((await app.request(PATH, jsonPost({}))).status).toBe(200);
    expect(calls).toEqual([{ durationMinutes: 30 }]);
  });

  it('answers 503 live_unconfigured without a Gemini key', async () => {
    const res = await makeTestApp().request(PATH, jsonPost({}));
    expect(res.status).toBe(503);
    expect(await errorOf(res)).toMatchObject({
      code: 'live_unconfigured',
      message: expect.stringContaining('GEMINI_API_KEY') as string,
    });
  });

  it.each([
    [{ durationMinutes: 4 }, 'durationMinutes'],
    [{ durationMinutes: 61 }, 'durationMinutes'],
    [{ durationMinutes: 12.5 }, 'durationMinutes'],
    [{ voice: 'Kore; drop' }, 'voice'],
    [{ languageCode: 'english please' }, 'languageCode'],
    [{ model: 'gemini-pro' }, 'model'],
    [{ manualActivity: 'yes' }, 'manualActivity'],
  ])('rejects %j with 400 invalid_request naming %s', async (body, field) => {
    const res = await makeTestApp({ live: fakeMinter() }).request(PATH, jsonPost(body));
    expect(res.status).toBe(400);
    const error = await errorOf(res);
    expect(error.code).toBe('invalid_request');
    expect(error.message).toContain(field);
  });

  it('rejects malformed JSON with 400 invalid_json', async () => {
    const res = await makeTestApp({ live: fakeMinter() }).request(PATH, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"durationMinutes":',
    });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).code).toBe('invalid_json');
  });

  it('rejects a body that is not JSON with 415', async () => {
    const res = await makeTestApp({ live: fakeMinter() }).request(PATH, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: '{}',
    });
    expect(res.status).toBe(415);
    expect((await errorOf(res)).code).toBe('unsupported_media_type');
  });

  it('rejects an oversized body with 413 from its Content-Length, before reading it', async () => {
    const body = { voice: 'K'.repeat(10_000) };
    const length = String(JSON.stringify(body).length);
    const res = await makeTestApp({ live: fakeMinter() }).request(PATH, jsonPost(body, { 'content-length': length }));
    expect(res.status).toBe(413);
    expect((await errorOf(res)).code).toBe('payload_too_large');
  });

  it('rejects an oversized body sent without Content-Length (streamed)', async () => {
    const big = new TextEncoder().encode(JSON.stringify({ voice: 'K'.repeat(10_000) }));
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(big);
        controller.close();
      },
    });
    const init: RequestInit & { duplex: 'half' } = {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      duplex: 'half',
    };
    const res = await makeTestApp({ live: fakeMinter() }).request(PATH, init);
    expect(res.status).toBe(413);
  });

  it.each([
    [new UpstreamError('Gemini', 'timeout'), 504, 'upstream_timeout'],
    [new UpstreamError('Gemini', 'failed', 500), 502, 'upstream_failed'],
    [new UpstreamError('Gemini', 'auth', 401), 502, 'upstream_auth'],
  ])('maps an upstream %s to %i %s', async (failure, status, code) => {
    const app = makeTestApp({ live: { mint: () => Promise.reject(failure) } });
    const res = await app.request(PATH, jsonPost({}));
    expect(res.status).toBe(status);
    expect((await errorOf(res)).code).toBe(code);
  });

  it('gives the upstream call a deadline and passes it on', async () => {
    const seen: number[] = [];
    const signals: AbortSignal[] = [];
    const controller = new AbortController();
    const app = makeTestApp({
      deadline: (ms) => (seen.push(ms), controller.signal),
      live: { mint: (_req, deadline) => (signals.push(deadline), fakeMinter().mint(_req, deadline)) },
    });
    await app.request(PATH, jsonPost({}));
    expect(seen).toEqual([15_000]);
    expect(signals[0]).toBe(controller.signal);
  });
});
