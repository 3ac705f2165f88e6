import type { LiveServerMessage } from '@google/genai';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type FakeGemini, startFakeGemini } from '../fake-gemini.ts';
import { connectLive } from '../testing/live-probe.ts';
import { mintToken } from '../testing/mint-token.ts';

// The HTTP control surface the standalone fake (npm run dev:fake) exposes to other processes.

let fake: FakeGemini;
const control = (action: string, body: unknown = {}): Promise<Response> =>
  fetch(`${fake.url}/__control/${action}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

beforeEach(async () => {
  fake = await startFakeGemini({ pace: 'instant', greetAt: 'setup' });
});
afterEach(async () => {
  await fake.close();
});

describe('fake Gemini HTTP control', () => {
  it('sends goAway to the open session when asked over HTTP', async () => {
    const live = await connectLive(fake.url, await mintToken(fake.url));
    expect((await control('goAway', { timeLeft: '10s', closeAfterMs: 30 })).status).toBe(200);
    const goAway = await live.next((m: LiveServerMessage) => m.goAway !== undefined);
    expect(goAway.goAway?.timeLeft).toBe('10s');
    expect((await live.closed).code).toBe(1011);
  });

  it('arms a report fault over HTTP', async () => {
    await control('httpFault', { route: 'generateContent', fault: 'http-500', times: 1 });
    const res = await fetch(`${fake.url}/v1beta/models/gemini-3.8-flash:generateContent`, {
      method: 'POST',
      headers: { 'x-goog-api-key': 'fake-gemini-key' },
      body: '{"contents":[]}',
    });
    expect(res.status).toBe(500);
  });

  it('shows counters and conversations in GET state', async () => {
    const live = await connectLive(fake.url, await mintToken(fake.url));
    await live.next((m) => m.serverContent?.turnComplete === true);
    const state = (await (await fetch(`${fake.url}/__control/state`)).json()) as {
      counts: Record<string, number>;
      conversations: { utterances: string[] }[];
    };
    expect(state.counts).toMatchObject({ tokenMinted: 1, setupComplete: 1, interviewerTurn: 1 });
    expect(state.conversations[0]?.utterances).toHaveLength(1);
    live.session.close();
  });

  it('answers 404 with the list of actions for an unknown one, and 400 for bad arguments', async () => {
    const unknown = await control('explode');
    expect(unknown.status).toBe(404);
    expect(JSON.stringify(await unknown.json())).toContain('goAway');
    expect((await control('httpFault', { route: 'nowhere' })).status).toBe(400);
  });
});
