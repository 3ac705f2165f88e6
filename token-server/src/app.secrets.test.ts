import { describe, expect, it } from 'vitest';
import { createApp } from './app.ts';
import { createConversationRegistry } from './avatar/conversation-registry.ts';
import { parseConfig } from './config.ts';
import { makeRedactingLog } from './log.ts';
import { hangingFetch, sampleReport } from './testing/fixtures.ts';
import { createGemini } from './upstream/gemini.ts';
import { createTavus } from './upstream/tavus.ts';

// The real Gemini and Tavus clients behind the real app, talking to upstreams that echo the
// server's keys in every answer, good or bad. Whatever happens, no key may reach a response.

const GEMINI_KEY = 'GEMINI-KEY-7f3a9c';
const TAVUS_KEY = 'TAVUS-KEY-41d8e2';
const ACCESS = 'door-code-55';
const SECRETS = [GEMINI_KEY, TAVUS_KEY];

type Mode = 'ok' | 'status-401' | 'status-400-busy' | 'status-500' | 'garbage' | 'hang';

function echoingUpstream(getMode: () => Mode): typeof fetch {
  return (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const mode = getMode();
    const echo = `your key ${GEMINI_KEY} / ${TAVUS_KEY} was used for ${url}`;
    const json = (status: number, body: unknown) =>
      Promise.resolve(
        new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', 'x-echo': echo } }),
      );
    if (mode === 'hang') return hangingFetch(input, init);
    if (mode === 'status-401') return json(401, { error: { message: echo }, message: echo });
    if (mode === 'status-400-busy') return json(400, { message: `maximum concurrent conversations (${echo})` });
    if (mode === 'status-500') return json(500, { error: { message: echo } });
    if (url.includes('auth_tokens')) return json(200, { name: 'auth_tokens/t1', note: echo });
    if (url.includes(':generateContent')) {
      const text = mode === 'garbage' ? `not json ${echo}` : JSON.stringify({ ...sampleReport, note: echo });
      return json(200, { candidates: [{ content: { role: 'model', parts: [{ text }] } }] });
    }
    if (url.endsWith('/v2/personas')) return json(200, { persona_id: 'p1', note: echo });
    if (url.endsWith('/v2/conversations')) {
      return json(200, { conversation_id: 'c1', conversation_url: 'https://tavus.daily.co/c1', note: echo });
    }
    return json(200, { note: echo });
  };
}

function buildApp(getMode: () => Mode, logs: string[], aborted: () => boolean) {
  const config = parseConfig({
    GEMINI_API_KEY: GEMINI_KEY,
    TAVUS_API_KEY: TAVUS_KEY,
    ACCESS_CODE: ACCESS,
    RATE_LIMIT_PER_MINUTE: '1000',
    ALLOWED_ORIGINS: 'https://ok.example',
  });
  const upstreamFetch = echoingUpstream(getMode);
  const log = makeRedactingLog([GEMINI_KEY, TAVUS_KEY, ACCESS], (line) => logs.push(line));
  const gemini = createGemini({ ...config.gemini, apiKey: GEMINI_KEY, fetch: upstreamFetch });
  const tavus = createTavus({ ...config.tavus, apiKey: TAVUS_KEY, fetch: upstreamFetch });
  const registry = createConversationRegistry({
    endConversation: (id) => tavus.endConversation(id, new AbortController().signal),
    log,
  });
  return createApp({
    config,
    version: '1.0.0',
    clientKey: () => 'one-client',
    live: gemini.live,
    report: gemini.report,
    avatar: { upstream: tavus, registry },
    log,
    deadline: () =>
      aborted() ? AbortSignal.abort(new DOMException('late', 'TimeoutError')) : new AbortController().signal,
  });
}

const reportBody = {
  interview: { topic: 'Sales', level: 'Beginner' },
  transcript: [{ role: 'candidate', text: 'I listen first.' }],
};

function requests(): [string, RequestInit][] {
  const headers = { 'content-type': 'application/json', 'x-access-code': ACCESS };
  const post = (body: unknown): RequestInit => ({ method: 'POST', headers, body: JSON.stringify(body) });
  return [
    ['/api/health', {}],
    ['/api/live/token', post({ durationMinutes: 10 })],
    ['/api/report', post(reportBody)],
    ['/api/avatar/conversations', post({ interviewId: 'iv-1' })],
    ['/api/avatar/conversations/c1/end', post({})],
    ['/api/live/token', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }],
    ['/api/live/token', { method: 'POST', headers: { ...headers, 'x-access-code': 'nope' }, body: '{}' }],
    ['/api/live/token', { method: 'POST', headers: { ...headers, origin: 'https://evil.example' }, body: '{}' }],
    [
      '/api/live/token',
      { method: 'OPTIONS', headers: { origin: 'https://ok.example', 'access-control-request-method': 'POST' } },
    ],
    ['/api/report', post({ ...reportBody, extra: GEMINI_KEY })],
    ['/api/nowhere', {}],
  ];
}

describe('no response ever contains an API key', () => {
  const modes: Mode[] = ['ok', 'status-401', 'status-400-busy', 'status-500', 'garbage', 'hang'];

  it.each(modes)('when the upstreams answer %s', async (mode) => {
    const logs: string[] = [];
    const app = buildApp(
      () => mode,
      logs,
      () => mode === 'hang',
    );
    const statuses: number[] = [];
    for (const [path, init] of requests()) {
      const res = await app.request(path, init);
      statuses.push(res.status);
      const everything = [await res.text(), ...[...res.headers].map(([name, value]) => `${name}: ${value}`)].join('\n');
      for (const secret of SECRETS) expect(everything, `${mode} ${path}`).not.toContain(secret);
    }
    for (const secret of [...SECRETS, ACCESS]) expect(logs.join('\n')).not.toContain(secret);
    // The battery really reached the upstreams: the paid calls did not all fail validation.
    expect(statuses.slice(1, 4).some((s) => s === 200 || s === 201 || s >= 500)).toBe(true);
  });

  it('reaches every upstream outcome the battery claims to cover', async () => {
    const seen = new Map<Mode, number[]>();
    for (const mode of modes) {
      const app = buildApp(
        () => mode,
        [],
        () => mode === 'hang',
      );
      const statuses: number[] = [];
      for (const [path, init] of requests().slice(1, 4)) statuses.push((await app.request(path, init)).status);
      seen.set(mode, statuses);
    }
    expect(seen.get('ok')).toEqual([200, 200, 201]);
    expect(seen.get('status-401')).toEqual([502, 502, 502]);
    expect(seen.get('status-400-busy')?.[2]).toBe(503);
    expect(seen.get('status-500')).toEqual([502, 502, 502]);
    expect(seen.get('garbage')?.[1]).toBe(502);
    expect(seen.get('hang')).toEqual([504, 504, 504]);
  });
});
