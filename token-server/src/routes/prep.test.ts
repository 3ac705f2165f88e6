import { describe, expect, it } from 'vitest';
import { createGeminiPrepWriter, type PrepWriter } from '../prep/gemini-prep-writer.ts';
import type { PrepRequest } from '../../../contracts/prep-request.ts';
import { samplePrepContent as samplePrepPack } from '../../../contracts/testing/sample-prep-content.ts';
import { UpstreamError } from '../upstream/upstream-error.ts';
import { CLIENT_HEADER, errorOf, hangingFetch, jsonPost, makeTestApp } from '../testing/fixtures.ts';

const PATH = '/api/prep';

const request: PrepRequest = {
  topic: 'Payments backend',
  level: 'Advanced',
  languageCode: 'en-GB',
  cvText: 'Led the ledger migration at Lumen Pay.',
  jobTitle: 'Senior Backend Engineer',
  jobDescription: 'Own the card-issuing ledger.',
};

const fakeWriter = (seen: PrepRequest[] = []): PrepWriter => ({
  write: (req) => (seen.push(req), Promise.resolve(samplePrepPack)),
});

/** The real writer on a network that answers every generateContent with `text`. */
function writerAnswering(text: string): PrepWriter {
  const reply = JSON.stringify({ candidates: [{ content: { role: 'model', parts: [{ text }] } }] });
  return createGeminiPrepWriter({
    apiKey: 'k',
    model: 'm',
    fetch: () => Promise.resolve(new Response(reply, { headers: { 'content-type': 'application/json' } })),
  });
}

describe('POST /api/prep', () => {
  it('returns the validated pack for the request it was given', async () => {
    const seen: PrepRequest[] = [];
    const res = await makeTestApp({ prep: fakeWriter(seen) }).request(PATH, jsonPost(request));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(samplePrepPack);
    expect(seen).toEqual([request]);
  });

  it('accepts a topic alone', async () => {
    const res = await makeTestApp({ prep: fakeWriter() }).request(
      PATH,
      jsonPost({ topic: 'Leadership', level: 'Beginner' }),
    );
    expect(res.status).toBe(200);
  });

  it('answers 503 prep_unconfigured without a Gemini key', async () => {
    const res = await makeTestApp().request(PATH, jsonPost(request));
    expect(res.status).toBe(503);
    const error = await errorOf(res);
    expect(error.code).toBe('prep_unconfigured');
    expect(error.message).toMatch(/GEMINI_API_KEY/);
  });

  it.each([
    [{ ...request, topic: '   ' }, 'topic'],
    [{ ...request, topic: 'x'.repeat(201) }, 'topic'],
    [{ level: 'Advanced' }, 'topic'],
    [{ ...request, cvText: 42 }, 'cvText'],
    [{ ...request, systemPrompt: 'be nice' }, 'systemPrompt'],
  ])('rejects an invalid request with 400 naming the field (%#)', async (body, field) => {
    const res = await makeTestApp({ prep: fakeWriter() }).request(PATH, jsonPost(body));
    expect(res.status).toBe(400);
    const error = await errorOf(res);
    expect(error.code).toBe('invalid_request');
    expect(error.message).toContain(field);
  });

  it('refuses a body that is not JSON, and one that is too large', async () => {
    const app = makeTestApp({ prep: fakeWriter() });
    const text = await app.request(PATH, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'hello' });
    expect(text.status).toBe(415);
    const broken = await app.request(PATH, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"topic":',
    });
    expect((await errorOf(broken)).code).toBe('invalid_json');
    const huge = await app.request(PATH, jsonPost({ ...request, cvText: 'é'.repeat(300_000) }));
    expect(huge.status).toBe(413);
  });

  it('requires the access code when the server has one', async () => {
    const app = makeTestApp({ prep: fakeWriter(), env: { ACCESS_CODE: 'sesame' } });
    expect((await errorOf(await app.request(PATH, jsonPost(request)))).code).toBe('access_code_required');
    expect((await app.request(PATH, jsonPost(request, { 'x-access-code': 'sesame' }))).status).toBe(200);
  });

  it('shares the paid budget per client and answers 429 with Retry-After beyond it', async () => {
    const app = makeTestApp({ prep: fakeWriter(), env: { RATE_LIMIT_PER_MINUTE: '2' } });
    for (let i = 0; i < 2; i++) expect((await app.request(PATH, jsonPost(request))).status).toBe(200);
    const limited = await app.request(PATH, jsonPost(request));
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
    expect((await app.request(PATH, jsonPost(request, { [CLIENT_HEADER]: 'client-2' }))).status).toBe(200);
  });

  it.each([
    ['timeout', 504, 'upstream_timeout'],
    ['failed', 502, 'upstream_failed'],
    ['auth', 502, 'upstream_auth'],
  ] as const)('maps a Gemini %s to %i %s', async (failure, status, code) => {
    const app = makeTestApp({ prep: { write: () => Promise.reject(new UpstreamError('Gemini', failure)) } });
    const res = await app.request(PATH, jsonPost(request));
    expect(res.status).toBe(status);
    expect((await errorOf(res)).code).toBe(code);
  });

  it('calls an unusable model answer an incomplete pack, not a report, and asks to try again', async () => {
    const res = await makeTestApp({ prep: writerAnswering('{"focus": "Payments", "questions": [') }).request(
      PATH,
      jsonPost(request),
    );
    expect(res.status).toBe(502);
    const error = await errorOf(res);
    expect(error.code).toBe('prep_invalid');
    expect(error.message).toMatch(/preparation pack.*try again/i);
  });

  it('answers 504 when Gemini does not answer before the deadline', async () => {
    const deadline = new AbortController();
    const prep = createGeminiPrepWriter({ apiKey: 'k', model: 'm', fetch: hangingFetch });
    const pending = makeTestApp({ prep, deadline: () => deadline.signal }).request(PATH, jsonPost(request));
    await new Promise((resolve) => setTimeout(resolve, 10));
    deadline.abort(new DOMException('deadline', 'TimeoutError'));
    const res = await pending;
    expect(res.status).toBe(504);
    expect((await errorOf(res)).message).toMatch(/did not answer in time/);
  });
});
