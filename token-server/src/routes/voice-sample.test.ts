import { describe, expect, it } from 'vitest';
import { UpstreamError } from '../upstream/upstream-error.ts';
import { errorOf, makeTestApp } from '../testing/fixtures.ts';
import type { VoiceSampleRequest, VoiceSampler } from '../voice-sample/gemini-voice-sampler.ts';
import { wavFromPcm16 } from '../voice-sample/wav.ts';

const PATH = '/api/voice-sample?voice=Kore&lang=en-US';
const WAV = wavFromPcm16(new Uint8Array(48_000), 24_000);

function countingSampler(
  result: () => Promise<Uint8Array> = () => Promise.resolve(WAV),
): VoiceSampler & { calls: VoiceSampleRequest[] } {
  const calls: VoiceSampleRequest[] = [];
  return { calls, sample: (req) => (calls.push(req), result()) };
}

describe('GET /api/voice-sample', () => {
  it('answers a WAV of the voice in the language asked for', async () => {
    const sampler = countingSampler();
    const res = await makeTestApp({ voiceSample: sampler }).request(PATH);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('audio/wav');
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(WAV);
    expect(sampler.calls).toEqual([{ voice: 'Kore', languageCode: 'en-US' }]);
  });

  it('makes each voice and language once, and a new one for another language', async () => {
    const sampler = countingSampler();
    const app = makeTestApp({ voiceSample: sampler });
    for (const path of [PATH, PATH, '/api/voice-sample?voice=Kore&lang=de-DE'])
      expect((await app.request(path)).status).toBe(200);
    expect(sampler.calls.map((c) => c.languageCode)).toEqual(['en-US', 'de-DE']);
  });

  it('tries again after a failure instead of keeping it', async () => {
    let fail = true;
    const sampler = countingSampler(() =>
      fail ? Promise.reject(new UpstreamError('Gemini', 'failed', 500)) : Promise.resolve(WAV),
    );
    const app = makeTestApp({ voiceSample: sampler });
    expect((await app.request(PATH)).status).toBe(502);
    fail = false;
    expect((await app.request(PATH)).status).toBe(200);
    expect(sampler.calls).toHaveLength(2);
  });

  it('answers 503 voice_sample_unconfigured without a Gemini key, with a sentence for the owner', async () => {
    const res = await makeTestApp().request(PATH);
    expect(res.status).toBe(503);
    expect(await errorOf(res)).toMatchObject({
      code: 'voice_sample_unconfigured',
      message: expect.stringContaining('GEMINI_API_KEY') as string,
    });
  });

  it.each([
    ['/api/voice-sample?voice=Kore', 'lang'],
    ['/api/voice-sample?voice=../etc&lang=en-US', 'voice'],
    ['/api/voice-sample?voice=Kore&lang=en-US&model=x', 'model'],
  ])('refuses %s as invalid_request', async (path, field) => {
    const res = await makeTestApp({ voiceSample: countingSampler() }).request(path);
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toContain(field);
  });

  it('needs the access code and spends the per-client budget like the other paid routes', async () => {
    const app = makeTestApp({
      voiceSample: countingSampler(),
      env: { ACCESS_CODE: 'sesame', RATE_LIMIT_PER_MINUTE: '2' },
    });
    expect((await app.request(PATH)).status).toBe(401);
    expect((await app.request(PATH, { headers: { 'x-access-code': 'sesame' } })).status).toBe(200);
    expect((await app.request(PATH, { headers: { 'x-access-code': 'sesame' } })).status).toBe(429);
  });

  it('is reported in /api/health beside live interviews', async () => {
    const on = (await (await makeTestApp({ voiceSample: countingSampler() }).request('/api/health')).json()) as {
      features: Record<string, { ok: boolean }>;
    };
    expect(on.features.voiceSample).toEqual({ ok: true });
    const off = (await (await makeTestApp().request('/api/health')).json()) as {
      features: Record<string, { ok: boolean; reason?: string }>;
    };
    expect(off.features.voiceSample).toMatchObject({ ok: false, reason: 'not_configured' });
  });
});
