import type { LiveServerMessage } from '@google/genai';
import { afterEach, describe, expect, it } from 'vitest';
import { type FakeGemini, type FakeGeminiOptions, startFakeGemini } from '../fake-gemini.ts';
import { connectLive } from '../testing/live-probe.ts';
import { mintToken } from '../testing/mint-token.ts';

// When the interviewer first speaks: like the real service, only after the client sends input.

let fake: FakeGemini | undefined;
const isTurnComplete = (m: LiveServerMessage): boolean => m.serverContent?.turnComplete === true;
const script = {
  greeting: 'Hi.',
  questions: ['First question?', 'Second question?'],
  candidateAnswers: ['I built a compiler.'],
};

async function start(opts: FakeGeminiOptions = {}): Promise<FakeGemini> {
  fake = await startFakeGemini({ pace: 'instant', script, ...opts });
  return fake;
}
afterEach(async () => {
  await fake?.close();
});

describe('fake Gemini greeting', () => {
  it('stays silent after setup until the client sends something', async () => {
    const { url, control } = await start();
    const live = await connectLive(url, await mintToken(url));
    await new Promise((resolve) => setTimeout(resolve, 300));
    // Setup completes and the first resumption handle follows; nothing is said.
    expect(
      live.messages.map((m) => Object.keys(m).filter((k) => m[k as keyof LiveServerMessage] !== undefined)),
    ).toEqual([['setupComplete'], ['sessionResumptionUpdate']]);
    expect(control.count('utteranceStarted')).toBe(0);
    live.session.close();
  });

  it('greets after the opening text without counting that text as an answer', async () => {
    const { url, control } = await start();
    const live = await connectLive(url, await mintToken(url));
    live.session.sendRealtimeInput({ text: 'Please begin the interview.' });
    await live.next(isTurnComplete);
    expect(live.outputText()).toBe('Hi. First question?');
    live.session.sendRealtimeInput({ text: 'My typed answer.' });
    await live.nth(isTurnComplete, 2);
    expect(control.latestConversation().candidateLines).toEqual(['My typed answer.']);
    expect(live.outputText()).toBe('Hi. First question?Second question?');
    live.session.close();
  });

  it('hears a spoken first turn as the first answer and replies with the greeting', async () => {
    const { url } = await start();
    const live = await connectLive(url, await mintToken(url));
    live.speak(400);
    await live.next(isTurnComplete);
    expect(live.inputText()).toBe('I built a compiler.');
    expect(live.outputText()).toBe('Hi. First question?');
    live.session.close();
  });

  it("greets right after setup when told to greet at 'setup'", async () => {
    const { url } = await start({ greetAt: 'setup' });
    const live = await connectLive(url, await mintToken(url));
    await live.next(isTurnComplete);
    expect(live.outputText()).toBe('Hi. First question?');
    live.session.close();
  });
});
