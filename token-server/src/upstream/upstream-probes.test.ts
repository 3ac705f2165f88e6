import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_GEMINI_KEY, type FakeGemini, startFakeGemini } from '../../../e2e/fakes/fake-gemini.ts';
import { FAKE_TAVUS_KEY, type FakeTavus, STOCK_REPLICA_ID, startFakeTavus } from '../../../e2e/fakes/fake-tavus.ts';
import { geminiModelProbe, tavusReplicaProbe } from './upstream-probes.ts';

// The probes against the strict local fakes (which refuse unknown keys, models and replicas),
// plus the answers the fakes cannot give (a dead network, Google's 400 for a bad key, quota).

let gemini: FakeGemini;
let tavus: FakeTavus;
const open = (): AbortSignal => new AbortController().signal;

beforeAll(async () => {
  [gemini, tavus] = await Promise.all([startFakeGemini({ pace: 'instant' }), startFakeTavus()]);
});
afterAll(async () => {
  await Promise.all([gemini.close(), tavus.close()]);
});

const geminiProbe = (model: string, apiKey = FAKE_GEMINI_KEY) =>
  geminiModelProbe({ apiKey, baseUrl: gemini.url, model, setting: 'GEMINI_LIVE_MODEL' })(open());
const answering =
  (status: number, body: unknown): typeof fetch =>
  () =>
    Promise.resolve(new Response(JSON.stringify(body), { status }));

describe('geminiModelProbe', () => {
  it('finds a served model', async () => {
    expect(await geminiProbe('gemini-3.8-live')).toEqual({ ok: true });
  });

  it('says model_unavailable, naming the setting, for a shut-down model', async () => {
    expect(await geminiProbe('gemini-2.5-flash')).toEqual({
      ok: false,
      reason: 'model_unavailable',
      message: 'Gemini has no model gemini-2.5-flash for this key: set GEMINI_LIVE_MODEL to a current model.',
    });
  });

  it('says key_rejected for a key the fake refuses (400 API_KEY_INVALID)', async () => {
    expect(await geminiProbe('gemini-3.8-live', 'wrong-key')).toMatchObject({ ok: false, reason: 'key_rejected' });
  });

  it("says key_rejected for Google's 400 API_KEY_INVALID answer", async () => {
    const body = {
      error: { code: 400, message: 'API key not valid. Please pass a valid API key.', status: 'INVALID_ARGUMENT' },
    };
    const probe = geminiModelProbe({ apiKey: 'k', model: 'm', setting: 'S', fetch: answering(400, body) });
    expect(await probe(open())).toMatchObject({ ok: false, reason: 'key_rejected' });
  });

  it('says rate_limited on 429 and upstream_failed on 500', async () => {
    const probe = (status: number) =>
      geminiModelProbe({ apiKey: 'k', model: 'm', setting: 'S', fetch: answering(status, {}) })(open());
    expect(await probe(429)).toMatchObject({ reason: 'rate_limited' });
    expect(await probe(500)).toMatchObject({ reason: 'upstream_failed' });
  });

  it('says upstream_unreachable when nothing answers', async () => {
    const probe = geminiModelProbe({ apiKey: 'k', baseUrl: 'http://127.0.0.1:9', model: 'm', setting: 'S' });
    expect(await probe(open())).toMatchObject({ ok: false, reason: 'upstream_unreachable' });
  });

  it('sends the key in a header, never in the URL', async () => {
    const seen: { url: string; headers: Headers }[] = [];
    const spy: typeof fetch = (input, init) => {
      seen.push({ url: input instanceof Request ? input.url : input.toString(), headers: new Headers(init?.headers) });
      return Promise.resolve(new Response('{}'));
    };
    await geminiModelProbe({ apiKey: 'secret-key', model: 'gemini-3.8-flash', setting: 'S', fetch: spy })(open());
    expect(seen[0]?.url).toBe('https://generativelanguage.googleapis.com/v1beta/models/gemini-3.8-flash');
    expect(seen[0]?.headers.get('x-goog-api-key')).toBe('secret-key');
  });
});

describe('tavusReplicaProbe', () => {
  const probe = (replicaId: string, apiKey = FAKE_TAVUS_KEY) =>
    tavusReplicaProbe({ apiKey, baseUrl: tavus.url, replicaId })(open());

  it('finds the stock replica', async () => {
    expect(await probe(STOCK_REPLICA_ID)).toEqual({ ok: true });
  });

  it('says replica_unavailable for a replica the account lacks', async () => {
    expect(await probe('r-missing')).toMatchObject({
      ok: false,
      reason: 'replica_unavailable',
      message: expect.stringContaining('TAVUS_REPLICA_ID') as unknown,
    });
  });

  it('says key_rejected for a wrong key', async () => {
    expect(await probe(STOCK_REPLICA_ID, 'wrong')).toMatchObject({ ok: false, reason: 'key_rejected' });
  });
});
