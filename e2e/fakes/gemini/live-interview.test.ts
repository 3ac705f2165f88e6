import type { LiveServerMessage } from '@google/genai';
import { afterEach, describe, expect, it } from 'vitest';
import { type FakeGemini, type FakeGeminiOptions, startFakeGemini } from '../fake-gemini.ts';
import { connectLive, liveConfig } from '../testing/live-probe.ts';
import { mintToken } from '../testing/mint-token.ts';

// The scripted interviewer's conversation rules, observed through the real SDK.

let fake: FakeGemini | undefined;
const isTurnComplete = (m: LiveServerMessage): boolean => m.serverContent?.turnComplete === true;
const script = {
  greeting: 'Hi.',
  questions: ['First question?', 'Second question?'],
  candidateAnswers: ['I built a compiler.'],
  closing: 'Thanks, goodbye.',
};

async function start(opts: FakeGeminiOptions = {}): Promise<FakeGemini> {
  fake = await startFakeGemini({ pace: 'instant', greetAt: 'setup', script, ...opts });
  return fake;
}
afterEach(async () => {
  await fake?.close();
});

describe('fake Gemini interviewer', () => {
  it('runs the whole script and ends with end_interview, finishing the turn on the matching response', async () => {
    const { url, control } = await start();
    const live = await connectLive(url, await mintToken(url));
    live.speak(400);
    live.speak(400);
    const call = await live.next((m) => m.toolCall !== undefined);
    const id = call.toolCall?.functionCalls?.[0]?.id ?? '';
    expect(live.outputText()).toBe('Hi. First question?Second question?Thanks, goodbye.');
    expect(live.inputText()).toBe('I built a compiler.(candidate answer 2)');
    live.session.sendToolResponse({ functionResponses: [{ id: 'wrong', name: 'end_interview', response: {} }] });
    live.session.sendToolResponse({ functionResponses: [{ id, name: 'end_interview', response: { ok: true } }] });
    await control.waitFor('toolResponse', 2);
    await live.next((m) => isTurnComplete(m) && live.messages.indexOf(m) > live.messages.indexOf(call));
    expect(control.latestConversation().toolResponses.map((r) => r.matched)).toEqual([false, true]);
    live.session.close();
  });

  it('stops talking and says interrupted when the candidate barges in', async () => {
    const { url, control } = await start({ pace: { speed: 1, replyDelayMs: 0 } });
    const live = await connectLive(url, await mintToken(url));
    await live.next((m) => m.serverContent?.modelTurn !== undefined);
    live.speak(300, 300);
    await live.next((m) => m.serverContent?.interrupted === true);
    const cut = control.latestConversation().utterances[0];
    expect(cut?.result).toBe('cancelled');
    await control.waitFor('candidateTurn', 1);
    await live.next((m) => m.serverContent?.outputTranscription?.text?.includes('Second') === true);
    live.session.close();
  });

  it('takes a typed answer as a whole turn without transcribing it', async () => {
    const { url, control } = await start();
    const live = await connectLive(url, await mintToken(url));
    await live.next(isTurnComplete);
    live.session.sendRealtimeInput({ text: 'My typed answer.' });
    await live.nth(isTurnComplete, 2);
    expect(live.inputText()).toBe('');
    expect(control.latestConversation().candidateLines).toEqual(['My typed answer.']);
    expect(live.outputText()).toContain('Second question?');
    live.session.close();
  });

  it('never replays a question cut by a lost connection: the resumed session waits, and asks it when asked', async () => {
    const { url, control } = await start({ pace: { speed: 1, replyDelayMs: 0 } });
    const token = await mintToken(url);
    const first = await connectLive(url, token, liveConfig());
    await first.next(isTurnComplete);
    first.session.sendRealtimeInput({ text: 'Quick answer.' });
    const answered = first.messages.length;
    const handle = (await first.next((m) => m.sessionResumptionUpdate?.newHandle !== undefined, { from: answered }))
      .sessionResumptionUpdate?.newHandle;
    await first.next((m) => m.serverContent?.outputTranscription?.text?.includes('Second') === true);
    control.drop();
    await first.closed;
    control.setPace({ instant: true });
    const resumed = await connectLive(url, token, liveConfig({ sessionResumption: { handle } }));
    await new Promise((r) => setTimeout(r, 300));
    expect(resumed.audioBytes()).toBe(0);
    resumed.session.sendRealtimeInput({ text: '(Please say your last question again.)' });
    await resumed.next(isTurnComplete);
    expect(resumed.outputText()).toBe('Second question?');
    resumed.session.close();
  });

  it('sends transcriptions only when the setup asked for them', async () => {
    const { url } = await start();
    const live = await connectLive(
      url,
      await mintToken(url),
      liveConfig({ outputAudioTranscription: undefined, inputAudioTranscription: undefined }),
    );
    await live.next(isTurnComplete);
    live.speak(300);
    await live.nth(isTurnComplete, 2);
    expect(live.outputText() + live.inputText()).toBe('');
    expect(live.audioBytes()).toBeGreaterThan(0);
    live.session.close();
  });

  it('works the same when it sends binary frames like the hosted service', async () => {
    const { url } = await start({ binaryFrames: true });
    const live = await connectLive(url, await mintToken(url));
    await live.next(isTurnComplete);
    expect(live.outputText()).toBe('Hi. First question?');
    live.session.close();
  });
});
