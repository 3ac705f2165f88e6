import { describe, expect, it } from 'vitest';
import type { ReportRequest } from '../../../contracts/report-request.ts';
import { reportTask } from '../../../contracts/report-prompt.ts';
import { hangingFetch, sampleReport } from '../testing/fixtures.ts';
import { createGemini, NEW_SESSION_WINDOW_MS, SESSION_MARGIN_MS } from './gemini.ts';
import { UpstreamError } from './upstream-error.ts';

// The real @google/genai client, with its network replaced by a recording fetch.

interface Seen {
  url: string;
  headers: Headers;
  body: Record<string, unknown>;
}

const NOW = Date.parse('2030-05-01T12:00:00.000Z');

function recordingFetch(seen: Seen[], reply: () => Response | Promise<Response>): typeof fetch {
  return async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const text = typeof init?.body === 'string' ? init.body : '{}';
    seen.push({ url, headers: new Headers(init?.headers), body: JSON.parse(text) as Record<string, unknown> });
    return reply();
  };
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

function gemini(fetchImpl: typeof fetch, baseUrl?: string) {
  return createGemini({
    apiKey: 'g-secret',
    liveModel: 'live-m',
    reportModel: 'report-m',
    now: () => NOW,
    fetch: fetchImpl,
    baseUrl,
  });
}

const open = () => new AbortController().signal;

describe('Gemini live tokens', () => {
  it('mints a single-use token that locks only the model and AUDIO output', async () => {
    const seen: Seen[] = [];
    const { live } = gemini(recordingFetch(seen, () => json(200, { name: 'auth_tokens/abc' })));
    const token = await live.mint({ durationMinutes: 20 }, open());
    const expiresAt = new Date(NOW + 20 * 60_000 + SESSION_MARGIN_MS).toISOString();
    expect(token).toEqual({ token: 'auth_tokens/abc', expiresAt, model: 'live-m', apiVersion: 'v1alpha' });
    expect(seen[0]?.url).toBe('https://generativelanguage.googleapis.com/v1alpha/auth_tokens');
    expect(seen[0]?.headers.get('x-goog-api-key')).toBe('g-secret');
    expect(seen[0]?.body).toEqual({
      uses: 1,
      expireTime: expiresAt,
      newSessionExpireTime: new Date(NOW + NEW_SESSION_WINDOW_MS).toISOString(),
      bidiGenerateContentSetup: { model: 'models/live-m', generationConfig: { responseModalities: ['AUDIO'] } },
      fieldMask: 'model,generationConfig.responseModalities',
    });
  });

  it('locks the voice and language as one speechConfig when the browser names them', async () => {
    const seen: Seen[] = [];
    const { live } = gemini(recordingFetch(seen, () => json(200, { name: 'auth_tokens/abc' })));
    await live.mint({ durationMinutes: 20, voice: 'Puck', languageCode: 'fr-FR' }, open());
    expect(seen[0]?.body.bidiGenerateContentSetup).toEqual({
      model: 'models/live-m',
      generationConfig: {
        responseModalities: ['AUDIO'],
        speechConfig: { voiceConfig: { prebuiltVoiceConfig: { voiceName: 'Puck' } }, languageCode: 'fr-FR' },
      },
    });
    expect(seen[0]?.body.fieldMask).toBe('model,generationConfig.responseModalities,generationConfig.speechConfig');
  });

  it('follows a configured endpoint and tells the browser to follow it too', async () => {
    const seen: Seen[] = [];
    const { live } = gemini(
      recordingFetch(seen, () => json(200, { name: 'auth_tokens/abc' })),
      'http://127.0.0.1:9100',
    );
    const token = await live.mint({ durationMinutes: 30 }, open());
    expect(seen[0]?.url).toBe('http://127.0.0.1:9100/v1alpha/auth_tokens');
    expect(token.baseUrl).toBe('http://127.0.0.1:9100');
  });

  it.each([
    [401, 'auth'],
    [403, 'auth'],
    [500, 'failed'],
    [429, 'failed'],
  ] as const)('classifies HTTP %i as %s', async (status, failure) => {
    const { live } = gemini(recordingFetch([], () => json(status, { error: { message: 'key g-secret rejected' } })));
    const err = await live.mint({ durationMinutes: 30 }, open()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UpstreamError);
    expect(err).toMatchObject({ service: 'Gemini', failure, status });
    expect(String((err as Error).message)).not.toContain('g-secret');
  });

  it('classifies a network error as failed', async () => {
    const { live } = gemini(() => Promise.reject(new TypeError('fetch failed')));
    await expect(live.mint({ durationMinutes: 30 }, open())).rejects.toMatchObject({ failure: 'failed' });
  });

  it('gives up at the deadline and calls it a timeout', async () => {
    const { live } = gemini(hangingFetch);
    const deadline = new AbortController();
    const pending = live.mint({ durationMinutes: 30 }, deadline.signal);
    deadline.abort(new DOMException('deadline', 'TimeoutError'));
    await expect(pending).rejects.toMatchObject({ failure: 'timeout' });
  });

  it('treats an answer without a token name as a failure', async () => {
    const { live } = gemini(recordingFetch([], () => json(200, {})));
    await expect(live.mint({ durationMinutes: 30 }, open())).rejects.toMatchObject({ failure: 'failed' });
  });
});

describe('Gemini reports', () => {
  const request: ReportRequest = {
    interview: { topic: 'SQL', level: 'Beginner' },
    transcript: [{ role: 'candidate', text: 'I would add an index.' }],
  };
  const modelReply = (text: string) => json(200, { candidates: [{ content: { role: 'model', parts: [{ text }] } }] });

  it('sends a Gemini 3 report model temperature 1.0, as Google guides for Gemini 3', async () => {
    const seen: Seen[] = [];
    const { report } = createGemini({
      apiKey: 'k',
      liveModel: 'live-m',
      reportModel: 'gemini-3.8-flash',
      fetch: recordingFetch(seen, () => modelReply(JSON.stringify(sampleReport))),
    });
    await report.write(request, open());
    expect(seen[0]?.body.generationConfig).toMatchObject({ temperature: 1 });
  });

  it('asks for JSON against the report schema and returns the validated report', async () => {
    const seen: Seen[] = [];
    const { report } = gemini(recordingFetch(seen, () => modelReply(JSON.stringify(sampleReport))));
    expect(await report.write(request, open())).toEqual(sampleReport);
    expect(seen[0]?.url).toBe('https://generativelanguage.googleapis.com/v1beta/models/report-m:generateContent');
    expect(seen[0]?.body.generationConfig).toMatchObject({
      responseMimeType: 'application/json',
      responseJsonSchema: reportTask.jsonSchema,
    });
    expect(JSON.stringify(seen[0]?.body.contents)).toContain('I would add an index.');
    expect(seen[0]?.body.systemInstruction).toBeDefined();
  });

  it.each([
    ['text that is not JSON', 'Here is your report: great job'],
    ['JSON cut short', '{"overallScore": 70, "summary": "Good'],
    ['JSON of the wrong shape', JSON.stringify({ ...sampleReport, overallScore: 140 })],
  ])('rejects %s as invalid output', async (_label, text) => {
    const { report } = gemini(recordingFetch([], () => modelReply(text)));
    await expect(report.write(request, open())).rejects.toMatchObject({ failure: 'invalid_output' });
  });

  it('rejects an answer with no text at all as invalid output', async () => {
    const { report } = gemini(recordingFetch([], () => json(200, { candidates: [] })));
    await expect(report.write(request, open())).rejects.toMatchObject({ failure: 'invalid_output' });
  });

  it('classifies a rejected key as auth', async () => {
    const { report } = gemini(recordingFetch([], () => json(401, { error: { message: 'API key not valid' } })));
    await expect(report.write(request, open())).rejects.toMatchObject({ failure: 'auth' });
  });
});
