import { describe, expect, it } from 'vitest';
import { createHttpApiClient } from './http-api-client';
import { makePagePolicyWatch } from './page-policy-watch';
import { ApiError } from './types';

function fakeFetch(status: number, body: unknown, seen: Request[] = []): typeof fetch {
  return (input, init) => {
    const href = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    seen.push(new Request(new URL(href, 'http://app.test'), init));
    const text = body === undefined ? null : JSON.stringify(body);
    return Promise.resolve(new Response(text, { status, headers: { 'content-type': 'application/json' } }));
  };
}

describe('createHttpApiClient', () => {
  it('sends the access code and JSON body when asking for a live token', async () => {
    const seen: Request[] = [];
    const api = createHttpApiClient({
      baseUrl: 'http://srv/',
      accessCode: 'sesame',
      fetch: fakeFetch(200, { token: 't' }, seen),
    });
    await expect(api.liveToken({ voice: 'Kore' })).resolves.toEqual({ token: 't' });
    expect(seen[0]?.url).toBe('http://srv/api/live/token');
    expect(seen[0]?.headers.get('x-access-code')).toBe('sesame');
    expect(await seen[0]?.json()).toEqual({ voice: 'Kore' });
  });

  it('asks for a voice sample with the access code and hands back the audio', async () => {
    const seen: Request[] = [];
    const wav = new Uint8Array([82, 73, 70, 70, 1, 2, 3, 4]);
    const fetchWav: typeof fetch = (input, init) => {
      seen.push(new Request(input instanceof Request ? input.url : input, init));
      return Promise.resolve(new Response(wav, { status: 200, headers: { 'content-type': 'audio/wav' } }));
    };
    const api = createHttpApiClient({ baseUrl: 'http://srv', accessCode: 'sesame', fetch: fetchWav });
    const blob = await api.voiceSample({ voice: 'Kore', languageCode: 'de-DE' });
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(wav);
    expect(blob.type).toBe('audio/wav');
    expect(seen[0]?.method).toBe('GET');
    expect(seen[0]?.url).toBe('http://srv/api/voice-sample?voice=Kore&lang=de-DE');
    expect(seen[0]?.headers.get('x-access-code')).toBe('sesame');
  });

  it('says why a voice sample was refused, in the server’s sentence', async () => {
    const api = createHttpApiClient({
      baseUrl: '',
      fetch: fakeFetch(503, {
        error: { code: 'voice_sample_unconfigured', message: 'Voice samples need live interviews.' },
      }),
    });
    await expect(api.voiceSample({ voice: 'Kore', languageCode: 'en-US' })).rejects.toMatchObject({
      code: 'voice_sample_unconfigured',
      message: 'Voice samples need live interviews.',
    });
  });

  it('turns the server error shape into an ApiError with its sentence', async () => {
    const api = createHttpApiClient({
      baseUrl: '',
      fetch: fakeFetch(503, { error: { code: 'live_unconfigured', message: 'Live interviews are not configured.' } }),
    });
    const err = await api.liveToken({}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({
      status: 503,
      code: 'live_unconfigured',
      message: 'Live interviews are not configured.',
    });
  });

  it('explains an unreachable server instead of leaking a TypeError', async () => {
    const api = createHttpApiClient({ baseUrl: '', fetch: () => Promise.reject(new TypeError('Failed to fetch')) });
    await expect(api.health()).rejects.toMatchObject({ code: 'network', status: 0 });
  });

  it('explains a non-JSON error page with its status', async () => {
    const api = createHttpApiClient({
      baseUrl: '',
      fetch: () => Promise.resolve(new Response('<html>Bad gateway</html>', { status: 502 })),
    });
    await expect(api.health()).rejects.toMatchObject({
      code: 'http_502',
      message: expect.stringContaining('502') as string,
    });
  });

  it('says the page’s own security policy blocked a server it refused, not that it was unreachable', async () => {
    const doc = new EventTarget();
    const api = createHttpApiClient({
      baseUrl: 'https://other.example',
      watchPagePolicy: makePagePolicyWatch(doc, () => 'http://127.0.0.1:8787/settings'),
      fetch: () => {
        doc.dispatchEvent(
          Object.assign(new Event('securitypolicyviolation'), { blockedURI: 'https://other.example/api/health' }),
        );
        return Promise.reject(new TypeError('Failed to fetch'));
      },
    });
    await expect(api.health()).rejects.toMatchObject({
      code: 'blocked_by_page_policy',
      message: expect.stringContaining('security policy') as string,
    });
  });

  it('ends an avatar conversation by beacon when asked, with the access code in the body', async () => {
    const beacons: { url: string; body: BodyInit }[] = [];
    const api = createHttpApiClient({
      baseUrl: '',
      accessCode: 'sesame',
      fetch: () => Promise.reject(new Error('fetch must not be used')),
      sendBeacon: (url, body) => (beacons.push({ url, body }), true),
    });
    await api.endAvatarConversation('c/1', { beacon: true });
    expect(beacons[0]?.url).toBe('/api/avatar/conversations/c%2F1/end');
    expect(JSON.parse(await (beacons[0]?.body as Blob).text())).toEqual({ accessCode: 'sesame' });
  });
  it('asks for a preparation pack with the access code and the setup as JSON', async () => {
    const seen: Request[] = [];
    const api = createHttpApiClient({
      baseUrl: 'http://srv',
      accessCode: 'sesame',
      fetch: fakeFetch(200, { focus: 'Payments' }, seen),
    });
    const req = { topic: 'Payments backend', level: 'Advanced', cvText: 'Led the ledger migration.' };
    await expect(api.prep(req)).resolves.toEqual({ focus: 'Payments' });
    expect(seen[0]?.method).toBe('POST');
    expect(seen[0]?.url).toBe('http://srv/api/prep');
    expect(seen[0]?.headers.get('x-access-code')).toBe('sesame');
    expect(await seen[0]?.json()).toEqual(req);
  });

  it("passes the server's sentence on when a pack cannot be written", async () => {
    const api = createHttpApiClient({
      baseUrl: '',
      fetch: fakeFetch(502, {
        error: { code: 'prep_invalid', message: 'The preparation pack came back incomplete. Please try again.' },
      }),
    });
    await expect(api.prep({ topic: 'Go', level: 'Beginner' })).rejects.toMatchObject({
      status: 502,
      code: 'prep_invalid',
      message: expect.stringMatching(/try again/) as unknown,
    });
  });
});
