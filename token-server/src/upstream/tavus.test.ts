import { describe, expect, it } from 'vitest';
import { createTavus, PARTICIPANT_ABSENT_TIMEOUT_S, PARTICIPANT_LEFT_TIMEOUT_S, type TavusOptions } from './tavus.ts';
import { hangingFetch } from '../testing/fixtures.ts';
import { UpstreamError } from './upstream-error.ts';

interface Call {
  url: string;
  method: string;
  apiKey: string | null;
  body: unknown;
}

type Reply = (call: Call) => Response | Promise<Response>;

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** A scripted Tavus: answers by path, records every call. */
function fakeTavus(routes: Record<string, Reply>, calls: Call[] = []): typeof fetch {
  return async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const call = {
      url,
      method: init?.method ?? 'GET',
      apiKey: new Headers(init?.headers).get('x-api-key'),
      body: JSON.parse(typeof init?.body === 'string' ? init.body : 'null') as unknown,
    };
    calls.push(call);
    const path = new URL(url).pathname;
    const reply =
      routes[path] ?? Object.entries(routes).find(([p]) => p.endsWith('*') && path.startsWith(p.slice(0, -1)))?.[1];
    return reply ? reply(call) : json(404, { message: 'Not found' });
  };
}

const happy: Record<string, Reply> = {
  '/v2/personas': () => json(200, { persona_id: 'p-echo', persona_name: 'x' }),
  '/v2/conversations': () =>
    json(200, { conversation_id: 'c-1', conversation_url: 'https://tavus.daily.co/c-1', status: 'active' }),
  '/v2/conversations/*': () => new Response(null, { status: 200 }),
};

function tavus(fetchImpl: typeof fetch, extra: Partial<TavusOptions> = {}) {
  return createTavus({
    apiKey: 't-secret',
    baseUrl: 'http://tavus.test',
    replicaId: 'r-stock',
    fetch: fetchImpl,
    ...extra,
  });
}

const open = () => new AbortController().signal;
const newConversation = { name: 'Mockingbird interview iv-1', maxCallSeconds: 1800 };

describe('Tavus client', () => {
  it('creates the echo persona once, then conversations that use it', async () => {
    const calls: Call[] = [];
    const client = tavus(fakeTavus(happy, calls));
    expect(await client.createConversation(newConversation, open())).toEqual({
      conversationId: 'c-1',
      conversationUrl: 'https://tavus.daily.co/c-1',
    });
    await client.createConversation(newConversation, open());
    expect(calls.map((c) => c.url)).toEqual([
      'http://tavus.test/v2/personas',
      'http://tavus.test/v2/conversations',
      'http://tavus.test/v2/conversations',
    ]);
    expect(calls[0]?.body).toEqual({ persona_name: expect.any(String) as string, pipeline_mode: 'echo' });
    expect(calls[1]?.body).toEqual({
      replica_id: 'r-stock',
      persona_id: 'p-echo',
      conversation_name: 'Mockingbird interview iv-1',
      properties: {
        max_call_duration: 1800,
        participant_left_timeout: PARTICIPANT_LEFT_TIMEOUT_S,
        participant_absent_timeout: PARTICIPANT_ABSENT_TIMEOUT_S,
      },
    });
    expect(calls.every((c) => c.method === 'POST' && c.apiKey === 't-secret')).toBe(true);
  });

  it('uses a configured persona without creating one', async () => {
    const calls: Call[] = [];
    await tavus(fakeTavus(happy, calls), { personaId: 'p-mine' }).createConversation(newConversation, open());
    expect(calls.map((c) => new URL(c.url).pathname)).toEqual(['/v2/conversations']);
    expect(calls[0]?.body).toMatchObject({ persona_id: 'p-mine' });
  });

  it('tries to create the persona again after a failed first attempt', async () => {
    let personaAttempts = 0;
    const routes = {
      ...happy,
      '/v2/personas': () => (++personaAttempts === 1 ? json(500, {}) : json(200, { persona_id: 'p-2' })),
    };
    const client = tavus(fakeTavus(routes));
    await expect(client.createConversation(newConversation, open())).rejects.toMatchObject({
      failure: 'failed',
      status: 500,
    });
    await expect(client.createConversation(newConversation, open())).resolves.toMatchObject({ conversationId: 'c-1' });
    expect(personaAttempts).toBe(2);
  });

  it.each([
    [400, { message: 'User has reached maximum concurrent conversations' }, 'busy'],
    [401, { message: 'Invalid access token' }, 'auth'],
    [403, { message: 'Forbidden' }, 'auth'],
    [400, { message: 'Invalid replica_id' }, 'failed'],
    [502, { message: 'Bad gateway' }, 'failed'],
  ] as const)('classifies HTTP %i %j as %s', async (status, body, failure) => {
    const client = tavus(fakeTavus({ ...happy, '/v2/conversations': () => json(status, body) }));
    const err = await client.createConversation(newConversation, open()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UpstreamError);
    expect(err).toMatchObject({ service: 'Tavus', failure });
  });

  it('treats a reply without a conversation id as a failure', async () => {
    const client = tavus(fakeTavus({ ...happy, '/v2/conversations': () => json(200, { status: 'active' }) }));
    await expect(client.createConversation(newConversation, open())).rejects.toMatchObject({ failure: 'failed' });
  });

  it('gives up at the deadline and calls it a timeout', async () => {
    const deadline = new AbortController();
    const pending = tavus(hangingFetch, { personaId: 'p' }).createConversation(newConversation, deadline.signal);
    deadline.abort(new DOMException('deadline', 'TimeoutError'));
    await expect(pending).rejects.toMatchObject({ failure: 'timeout' });
  });

  it('ends a conversation with POST /v2/conversations/{id}/end', async () => {
    const calls: Call[] = [];
    await tavus(fakeTavus(happy, calls)).endConversation('c 1', open());
    expect(calls).toMatchObject([{ url: 'http://tavus.test/v2/conversations/c%201/end', method: 'POST' }]);
  });

  it('counts a conversation Tavus no longer knows as ended', async () => {
    const client = tavus(fakeTavus({ '/v2/conversations/*': () => json(404, { message: 'Conversation not found' }) }));
    await expect(client.endConversation('gone', open())).resolves.toBeUndefined();
  });

  it("counts Tavus's documented 400 Invalid conversation_id as ended", async () => {
    const client = tavus(fakeTavus({ '/v2/conversations/*': () => json(400, { error: 'Invalid conversation_id' }) }));
    await expect(client.endConversation('gone', open())).resolves.toBeUndefined();
  });

  it('reports any other 400 on end as a failure', async () => {
    const client = tavus(fakeTavus({ '/v2/conversations/*': () => json(400, { message: 'Bad request' }) }));
    await expect(client.endConversation('c-1', open())).rejects.toMatchObject({ failure: 'failed' });
  });

  it('reports a failed end', async () => {
    const client = tavus(fakeTavus({ '/v2/conversations/*': () => json(500, {}) }));
    await expect(client.endConversation('c-1', open())).rejects.toMatchObject({ failure: 'failed' });
  });
});
