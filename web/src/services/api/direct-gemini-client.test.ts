import { describe, expect, it } from 'vitest';
import { makeReportBody } from '../storage/test-fixtures';
import { createDirectGeminiApiClient, DIRECT_LIVE_MODEL } from './direct-gemini-client';
import { prepTask } from '../../../../contracts/prep-prompt.ts';
import { SHARPEN_WITH_JOB } from '../../../../contracts/prep-sharpen.ts';
import { reportTask } from '../../../../contracts/report-prompt.ts';
import { samplePrepContent } from '../../../../contracts/testing/sample-prep-content.ts';
import { ApiError, type ReportRequest } from './types';

const KEY = 'AIza-test-key';
const BASE = 'https://gemini.test';
const request: ReportRequest = {
  interview: { topic: 'System design', level: 'Intermediate' },
  transcript: [
    { role: 'interviewer', text: 'How would you shard?' },
    { role: 'candidate', text: 'I would shard by user id.' },
  ],
};

interface Seen {
  url: string;
  headers: Headers;
  body: Record<string, unknown>;
}

/** Gemini's REST API as the SDK sees it: answers every call with `reply`. */
function fakeGemini(reply: () => Response) {
  const seen: Seen[] = [];
  const fetchFn: typeof fetch = (input, init) => {
    const url = input instanceof Request ? input.url : input.toString();
    const body = typeof init?.body === 'string' ? init.body : '{}';
    seen.push({ url, headers: new Headers(init?.headers), body: JSON.parse(body) as Record<string, unknown> });
    return Promise.resolve(reply());
  };
  return { seen, fetch: fetchFn };
}

const modelText = (text: string) =>
  Response.json({ candidates: [{ content: { role: 'model', parts: [{ text }] }, finishReason: 'STOP' }] });

const geminiError = (status: number, message: string) =>
  Response.json({ error: { code: status, message, status: 'ERROR' } }, { status });

function client(reply: () => Response) {
  const gemini = fakeGemini(reply);
  return {
    gemini,
    api: createDirectGeminiApiClient({
      apiKey: KEY,
      baseUrl: BASE,
      fetch: gemini.fetch,
      now: () => Date.UTC(2025, 0, 1),
    }),
  };
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (err: unknown) => err,
  );
}

describe('createDirectGeminiApiClient', () => {
  it('asks Gemini for a report with the key, the JSON schema and the fenced transcript, and derives the overall score by the rule', async () => {
    const { gemini, api } = client(() => modelText(JSON.stringify(makeReportBody(81))));
    // Rubric 4, 4, 3, 4: 20 × 3.75 = 75, whatever the model wrote.
    await expect(api.report(request)).resolves.toEqual(makeReportBody(75));
    const [call] = gemini.seen;
    expect(call?.url).toBe(`${BASE}/v1beta/models/gemini-3.8-flash:generateContent`);
    expect(call?.headers.get('x-goog-api-key')).toBe(KEY);
    expect(call?.body.generationConfig).toMatchObject({
      responseMimeType: 'application/json',
      responseJsonSchema: reportTask.jsonSchema,
      temperature: 1,
    });
    expect(JSON.stringify(call?.body.systemInstruction)).toContain('word for word');
    expect(JSON.stringify(call?.body.contents)).toContain('I would shard by user id.');
  });

  it('explains a key Gemini does not accept', async () => {
    const { api } = client(() => geminiError(400, 'API key not valid. Please pass a valid API key.'));
    const err = await rejection(api.report(request));
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({
      code: 'gemini_key_rejected',
      message: expect.stringMatching(/Check the key in Settings/) as unknown,
    });
  });

  it('explains a used-up quota and a failing service as things to retry', async () => {
    await expect(client(() => geminiError(429, 'Resource exhausted')).api.report(request)).rejects.toMatchObject({
      code: 'rate_limited',
    });
    await expect(client(() => geminiError(500, 'Internal')).api.report(request)).rejects.toMatchObject({
      code: 'upstream_failed',
    });
  });

  it('refuses an answer that is not a complete report', async () => {
    await expect(client(() => modelText('not json')).api.report(request)).rejects.toMatchObject({
      code: 'invalid_output',
    });
    const partial = JSON.stringify({ ...makeReportBody(), rubric: undefined });
    await expect(client(() => modelText(partial)).api.report(request)).rejects.toMatchObject({
      code: 'invalid_output',
    });
  });

  it('does not call Gemini when the candidate said nothing', async () => {
    const { gemini, api } = client(() => modelText('{}'));
    const silent: ReportRequest = {
      ...request,
      transcript: [
        { role: 'interviewer', text: 'Hello?' },
        { role: 'candidate', text: '  ' },
      ],
    };
    await expect(api.report(silent)).rejects.toMatchObject({ code: 'transcript_empty' });
    expect(gemini.seen).toHaveLength(0);
  });

  it('turns a network failure and a failed SDK download into sentences', async () => {
    const offline = createDirectGeminiApiClient({
      apiKey: KEY,
      baseUrl: BASE,
      fetch: () => Promise.reject(new TypeError('Failed to fetch')),
    });
    await expect(offline.report(request)).rejects.toMatchObject({
      code: 'network',
      message: expect.stringMatching(/could not be reached/) as unknown,
    });
    const noSdk = createDirectGeminiApiClient({
      apiKey: KEY,
      loadSdk: () => Promise.reject(new TypeError('import failed')),
    });
    await expect(noSdk.report(request)).rejects.toMatchObject({
      code: 'network',
      message: expect.stringMatching(/reload the page/) as unknown,
    });
  });

  it('passes a cancelled request on as cancelled, not as an error to explain', async () => {
    const controller = new AbortController();
    const { api } = client(() => {
      controller.abort(new DOMException('left the page', 'AbortError'));
      throw new DOMException('aborted', 'AbortError');
    });
    const err = await rejection(api.report(request, controller.signal));
    expect(err).toMatchObject({ name: 'AbortError' });
  });

  it('hands the Live session the key itself, on v1alpha, with the model to use', async () => {
    const { api } = client(() => modelText('{}'));
    await expect(api.liveToken({ durationMinutes: 10 })).resolves.toEqual({
      token: KEY,
      model: DIRECT_LIVE_MODEL,
      apiVersion: 'v1alpha',
      baseUrl: BASE,
      expiresAt: '2025-01-01T00:15:00.000Z',
    });
  });

  it('has no video interviewer and says so', async () => {
    const { api } = client(() => modelText('{}'));
    await expect(api.health()).resolves.toMatchObject({
      features: {
        live: true,
        avatar: { ok: false, reason: 'own_key' },
        report: true,
        voiceSample: { ok: false, reason: 'own_key' },
      },
    });
    await expect(api.createAvatarConversation('i1', 10)).rejects.toMatchObject({ code: 'avatar_unconfigured' });
    await expect(api.endAvatarConversation('c1')).resolves.toBeUndefined();
  });
});

describe('createDirectGeminiApiClient: preparation packs', () => {
  const prepRequest = {
    topic: 'Payments backend',
    level: 'Advanced',
    languageCode: 'en-GB',
    cvText: 'Led the ledger migration at Lumen Pay.',
  };

  it("writes a pack with the key, the pack schema and the CV fenced as data, with the server's advice on what is missing", async () => {
    const { gemini, api } = client(() => modelText(JSON.stringify(samplePrepContent)));
    await expect(api.prep(prepRequest)).resolves.toEqual({ ...samplePrepContent, sharpenWith: [SHARPEN_WITH_JOB] });
    const call = gemini.seen[0];
    expect(call?.url).toContain('/v1beta/models/gemini-3.8-flash:generateContent');
    expect(call?.headers.get('x-goog-api-key')).toBe(KEY);
    expect(call?.body.generationConfig).toMatchObject({
      responseMimeType: 'application/json',
      responseJsonSchema: prepTask.jsonSchema,
      temperature: 1,
    });
    const userText = JSON.stringify(call?.body.contents);
    expect(userText).toContain('<<<BEGIN CV>>>');
    expect(userText).toContain('Led the ledger migration at Lumen Pay.');
    expect(userText).toContain('Job description: none given.');
  });

  it('refuses a pack with fewer than eight questions as incomplete', async () => {
    const short = { ...samplePrepContent, questions: samplePrepContent.questions.slice(0, 3) };
    const err = await rejection(client(() => modelText(JSON.stringify(short))).api.prep(prepRequest));
    expect(err).toMatchObject({
      code: 'invalid_output',
      message: expect.stringMatching(/preparation pack/) as unknown,
    });
  });

  it('names the pack when Gemini fails', async () => {
    const err = await rejection(client(() => geminiError(503, 'Overloaded')).api.prep(prepRequest));
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({
      code: 'upstream_failed',
      message: 'Gemini had a problem writing the preparation pack. Try again in a moment.',
    });
  });
});
