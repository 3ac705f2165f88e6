import type { LiveServerMessage } from '@google/genai';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SCRIPT } from './gemini/interview-script.ts';
import { type FakeGemini, startFakeGemini } from './fake-gemini.ts';
import { mintToken as mintFromFake } from './testing/mint-token.ts';
import { connectLive, LIVE_MODEL, liveConfig } from './testing/live-probe.ts';

// The fake Gemini against the real @google/genai SDK, exactly as the product uses it.

let fake: FakeGemini;
const mintToken = (): Promise<string> => mintFromFake(fake.url);

const isTurnComplete = (m: LiveServerMessage): boolean => m.serverContent?.turnComplete === true;
const firstQuestion = `${DEFAULT_SCRIPT.greeting} ${DEFAULT_SCRIPT.questions[0]}`;

beforeEach(async () => {
  fake = await startFakeGemini({ pace: 'instant', greetAt: 'setup' });
});
afterEach(async () => {
  await fake.close();
});

describe('fake Gemini ephemeral tokens', () => {
  it('mints a token for authTokens.create and records the body the SDK sent', async () => {
    const name = await mintToken();
    expect(name).toMatch(/^auth_tokens\/[0-9a-f]+$/);
    const [minted] = fake.control.tokens;
    expect(minted?.name).toBe(name);
    expect(minted?.body).toMatchObject({ uses: 1, bidiGenerateContentSetup: { model: `models/${LIVE_MODEL}` } });
    expect(minted?.newSessionExpireTime).toBeGreaterThan(Date.now());
  });

  it("refuses a wrong API key with Google's 400 API_KEY_INVALID error shape", async () => {
    const res = await fetch(`${fake.url}/v1alpha/auth_tokens`, {
      method: 'POST',
      headers: { 'x-goog-api-key': 'nope' },
      body: '{}',
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      error: {
        code: 400,
        status: 'INVALID_ARGUMENT',
        message: expect.stringContaining('API key not valid') as unknown,
        details: [{ reason: 'API_KEY_INVALID' }],
      },
    });
  });
});

describe('fake Gemini Live session', () => {
  it('completes setup and greets with audio and a matching output transcription', async () => {
    const live = await connectLive(fake.url, await mintToken());
    await live.next(isTurnComplete);
    expect(live.messages[0]?.setupComplete).toEqual({});
    expect(live.audioBytes()).toBeGreaterThan(24_000);
    expect(live.outputText()).toBe(firstQuestion);
    await live.next((m) => m.sessionResumptionUpdate?.resumable === true);
    live.session.close();
  });

  it('hears a spoken answer, transcribes it and asks the next question', async () => {
    const live = await connectLive(fake.url, await mintToken());
    const greetingEnd = live.messages.indexOf(await live.next(isTurnComplete)) + 1;
    live.speak(600);
    await fake.control.waitFor('candidateTurn', 1);
    const answerEnd = live.messages.indexOf(await live.next(isTurnComplete, { from: greetingEnd })) + 1;
    expect(live.inputText(greetingEnd)).toBe('(candidate answer 1)');
    expect(live.outputText(greetingEnd)).toBe(DEFAULT_SCRIPT.questions[1]);
    expect(answerEnd).toBeGreaterThan(greetingEnd);
    live.session.close();
  });

  it('records every sample of the candidate audio it received', async () => {
    const live = await connectLive(fake.url, await mintToken());
    live.speak(400, 400);
    await fake.control.waitFor('candidateTurn', 1);
    expect(fake.control.latestConversation().receivedPcm().length).toBe(16 * 800);
    live.session.close();
  });

  it('refuses a token whose single use is spent with close code 1008', async () => {
    const token = await mintToken();
    const first = await connectLive(fake.url, token);
    first.session.close();
    await expect(connectLive(fake.url, token)).rejects.toThrow(/code 1008/);
  });

  it('resumes with a handle without spending a use, repeating nothing', async () => {
    const token = await mintToken();
    const first = await connectLive(fake.url, token);
    const greeted = await first.next(isTurnComplete);
    const update = await first.next((m) => m.sessionResumptionUpdate?.newHandle !== undefined, {
      from: first.messages.indexOf(greeted),
    });
    first.session.close();
    const handle = update.sessionResumptionUpdate?.newHandle ?? '';
    const resumed = await connectLive(fake.url, token, liveConfig({ sessionResumption: { handle } }));
    expect(fake.control.count('resumed')).toBe(1);
    resumed.speak(500);
    await resumed.next(isTurnComplete);
    expect(resumed.outputText()).toBe(DEFAULT_SCRIPT.questions[1]);
    expect(fake.control.conversations).toHaveLength(1);
    resumed.session.close();
  });
});
