import type { LiveServerMessage } from '@google/genai';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type FakeGemini, startFakeGemini } from '../fake-gemini.ts';
import { connectLive, liveConfig } from '../testing/live-probe.ts';
import { mintToken } from '../testing/mint-token.ts';

// The fault switches later suites rely on, observed through the real SDK.

let fake: FakeGemini;
const isTurnComplete = (m: LiveServerMessage): boolean => m.serverContent?.turnComplete === true;

beforeEach(async () => {
  fake = await startFakeGemini({ pace: 'instant', greetAt: 'setup' });
});
afterEach(async () => {
  await fake.close();
});

/** Rejects unless `promise` settles within `ms`; the SDK's connect() has no timeout of its own. */
function within<T>(promise: Promise<T>, ms: number): Promise<T | 'timeout'> {
  return Promise.race([promise, new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), ms))]);
}

describe('fake Gemini Live faults', () => {
  it('announces goAway with timeLeft and then closes with 1011', async () => {
    const live = await connectLive(fake.url, await mintToken(fake.url));
    fake.control.sendGoAway({ timeLeft: '50s', closeAfterMs: 50 });
    const goAway = await live.next((m) => m.goAway !== undefined);
    expect(goAway.goAway?.timeLeft).toBe('50s');
    expect((await live.closed).code).toBe(1011);
  });

  it('drops the socket without a close frame, so the client sees 1006', async () => {
    const live = await connectLive(fake.url, await mintToken(fake.url));
    fake.control.drop();
    expect((await live.closed).code).toBe(1006);
  });

  it('closes with the code it is given', async () => {
    const live = await connectLive(fake.url, await mintToken(fake.url));
    fake.control.closeConnections(1008, 'Policy violation.');
    expect(await live.closed).toEqual({ code: 1008, reason: 'Policy violation.' });
  });

  it('can withhold setupComplete so connect() never resolves', async () => {
    fake.control.withholdSetupComplete();
    const result = await within(connectLive(fake.url, await mintToken(fake.url)), 300);
    expect(result).toBe('timeout');
    expect(fake.control.count('setup')).toBe(1);
    fake.control.drop();
  });

  it('refuses the next connection with 1008 even with a fresh token', async () => {
    fake.control.rejectNextConnections(1);
    await expect(connectLive(fake.url, await mintToken(fake.url))).rejects.toThrow(/code 1008/);
    await expect(connectLive(fake.url, await mintToken(fake.url))).resolves.toBeDefined();
  });

  it('refuses a token whose new-session window has passed', async () => {
    const token = await mintToken(fake.url, { newSessionMs: -1000 });
    await expect(connectLive(fake.url, token)).rejects.toThrow(/code 1008/);
  });

  it('sends goAway on every connection when told to, for the whole interview', async () => {
    fake.control.goAwayEvery(50, 20);
    const first = await connectLive(fake.url, await mintToken(fake.url));
    const handle = (await first.next((m) => m.sessionResumptionUpdate?.newHandle !== undefined)).sessionResumptionUpdate
      ?.newHandle;
    await first.closed;
    const second = await connectLive(
      fake.url,
      await mintToken(fake.url),
      liveConfig({ sessionResumption: { handle } }),
    );
    await second.next((m) => m.goAway !== undefined);
    expect(fake.control.count('goAway')).toBe(2);
    expect((await second.closed).code).toBe(1011);
  });

  it('goes silent after the next interruption until the client reconnects', async () => {
    fake.control.setPace({ instant: false, speed: 1, replyDelayMs: 0 });
    fake.control.stallAfterNextInterruption();
    const live = await connectLive(fake.url, await mintToken(fake.url));
    await live.next((m) => m.serverContent?.modelTurn !== undefined);
    live.speak(300, 400);
    await live.next((m) => m.serverContent?.interrupted === true);
    await fake.control.waitFor('candidateTurn', 1);
    await new Promise((r) => setTimeout(r, 200));
    expect(fake.control.count('utteranceStarted')).toBe(1);
    live.session.close();
  });

  it('interrupts on command and sends end_interview on command', async () => {
    fake.control.setPace({ instant: false, speed: 1, replyDelayMs: 0 });
    const live = await connectLive(fake.url, await mintToken(fake.url));
    await live.next((m) => m.serverContent?.modelTurn !== undefined);
    fake.control.interruptNow();
    await live.next((m) => m.serverContent?.interrupted === true);
    fake.control.callEndInterviewNow({ reason: 'time_up' });
    const call = await live.next((m) => m.toolCall !== undefined);
    expect(call.toolCall?.functionCalls?.[0]).toMatchObject({ name: 'end_interview', args: { reason: 'time_up' } });
    expect(live.messages.some(isTurnComplete)).toBe(false);
    live.session.close();
  });
});
