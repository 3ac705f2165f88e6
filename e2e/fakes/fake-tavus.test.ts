import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FAKE_TAVUS_KEY, type FakeTavus, STOCK_REPLICA_ID, startFakeTavus } from './fake-tavus.ts';

let tavus: FakeTavus;

async function call(
  path: string,
  body: unknown = {},
  key = FAKE_TAVUS_KEY,
): Promise<{ status: number; json: unknown }> {
  const res = await fetch(`${tavus.url}${path}`, {
    method: 'POST',
    headers: { 'x-api-key': key, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, json: await res.json() };
}
const createConversation = (replica = STOCK_REPLICA_ID, persona?: string): Promise<{ status: number; json: unknown }> =>
  call('/v2/conversations', {
    replica_id: replica,
    persona_id: persona,
    conversation_name: 'Interview',
    properties: { max_call_duration: 1800 },
  });

beforeEach(async () => {
  tavus = await startFakeTavus({ maxConcurrent: 2 });
});
afterEach(async () => {
  await tavus.close();
});

describe('fake Tavus API', () => {
  it('creates an echo persona and records what was asked for', async () => {
    const { status, json } = await call('/v2/personas', { persona_name: 'Mockingbird echo', pipeline_mode: 'echo' });
    expect(status).toBe(200);
    expect(json).toMatchObject({
      persona_id: expect.stringMatching(/^p/) as unknown,
      persona_name: 'Mockingbird echo',
    });
    expect(tavus.control.personas[0]?.body).toMatchObject({ pipeline_mode: 'echo' });
  });

  it('creates an active conversation and ends it, counting both', async () => {
    const { status, json } = await createConversation();
    expect(status).toBe(200);
    expect(json).toMatchObject({ status: 'active', conversation_url: expect.stringContaining('https://') as unknown });
    const id = (json as { conversation_id: string }).conversation_id;
    expect(tavus.control.activeIds()).toEqual([id]);
    expect((await call(`/v2/conversations/${id}/end`)).status).toBe(200);
    expect(tavus.control.activeIds()).toEqual([]);
    expect([tavus.control.created(), tavus.control.ended()]).toEqual([1, 1]);
    expect(tavus.control.conversations[0]?.endedBy).toBe('client');
  });

  it("refuses a wrong key with Tavus's 401 body", async () => {
    expect(await call('/v2/conversations', {}, 'wrong')).toEqual({
      status: 401,
      json: { message: 'Invalid access token' },
    });
  });

  it('refuses conversations beyond the concurrency limit, and on command', async () => {
    await createConversation();
    await createConversation();
    const tooMany = { status: 400, json: { message: 'User has reached maximum concurrent conversations' } };
    expect(await createConversation()).toEqual(tooMany);
    tavus.control.setMaxConcurrent(10);
    tavus.control.fail('createConversation', 'max-concurrent', 1);
    expect(await createConversation()).toEqual(tooMany);
    expect((await createConversation()).status).toBe(200);
  });

  it('can fail with 500 and can hang', async () => {
    tavus.control.fail('createPersona', 'http-500', 1);
    expect((await call('/v2/personas', { persona_name: 'x' })).status).toBe(500);
    tavus.control.fail('createConversation', 'hang');
    const hung = fetch(`${tavus.url}/v2/conversations`, {
      method: 'POST',
      headers: { 'x-api-key': FAKE_TAVUS_KEY },
      body: '{}',
      signal: AbortSignal.timeout(150),
    });
    await expect(hung).rejects.toThrow();
  });

  // docs.tavus.io end-conversation: 400 {"error":"Invalid conversation_id"}.
  it('refuses to end an unknown conversation with 400 Invalid conversation_id', async () => {
    expect(await call('/v2/conversations/nope/end')).toEqual({
      status: 400,
      json: { error: 'Invalid conversation_id' },
    });
    expect(tavus.control.ended()).toBe(0);
  });

  it('refuses to end a conversation twice (harsher reading: undocumented)', async () => {
    const id = ((await createConversation()).json as { conversation_id: string }).conversation_id;
    expect((await call(`/v2/conversations/${id}/end`)).status).toBe(200);
    expect((await call(`/v2/conversations/${id}/end`)).status).toBe(400);
  });

  it('refuses a conversation with an unknown replica or persona, and creates one with a persona it made', async () => {
    expect(await createConversation('r-unknown')).toEqual({ status: 400, json: { error: 'Invalid replica_id' } });
    expect(await createConversation(STOCK_REPLICA_ID, 'p-unknown')).toEqual({
      status: 400,
      json: { error: 'Invalid persona_id' },
    });
    const persona = (
      (await call('/v2/personas', { persona_name: 'echo', pipeline_mode: 'echo' })).json as { persona_id: string }
    ).persona_id;
    expect((await createConversation(STOCK_REPLICA_ID, persona)).status).toBe(200);
    expect(tavus.control.created()).toBe(1);
  });

  it('answers GET replicas/{id} for a replica of the account only', async () => {
    const get = (id: string) => fetch(`${tavus.url}/v2/replicas/${id}`, { headers: { 'x-api-key': FAKE_TAVUS_KEY } });
    expect(await (await get(STOCK_REPLICA_ID)).json()).toMatchObject({
      replica_id: STOCK_REPLICA_ID,
      status: 'completed',
    });
    expect((await get('r-unknown')).status).toBe(400);
    tavus.control.setReplica(STOCK_REPLICA_ID, false);
    expect((await get(STOCK_REPLICA_ID)).status).toBe(400);
  });
});
