import type { LiveConnectConfig, LiveServerMessage } from '@google/genai';
import { afterEach, describe, expect, it } from 'vitest';
import { type FakeGemini, type FakeGeminiOptions, startFakeGemini } from '../fake-gemini.ts';
import { pcmToBase64 } from '../shared/pcm.ts';
import { connectLive, liveConfig, toneBurst } from '../testing/live-probe.ts';
import { mintToken } from '../testing/mint-token.ts';

// The fake Live service is at least as strict as the real one, per model profile
// (contracts/models/live-profiles.ts), observed through the real SDK.

const M38 = 'gemini-3.8-live';
const M31 = 'gemini-3.1-flash-live-preview';
const M25 = 'gemini-2.5-flash-native-audio-preview-12-2025';
const script = {
  greeting: 'Hi.',
  questions: ['First question?', 'Second question?'],
  candidateAnswers: [],
  closing: 'Thanks, goodbye.',
};
const isTurnComplete = (m: LiveServerMessage): boolean => m.serverContent?.turnComplete === true;

let fake: FakeGemini | undefined;
async function start(opts: FakeGeminiOptions = {}): Promise<FakeGemini> {
  fake = await startFakeGemini({ pace: 'instant', greetAt: 'setup', script, ...opts });
  return fake;
}
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function open(model: string, config = liveConfig(), lock?: LiveConnectConfig) {
  const { url } = fake ?? (await start());
  return connectLive(url, await mintToken(url, { model, ...(lock ? { lock } : {}) }), config, model);
}

/** How the fake closed its newest connection, once the close handshake is over. */
async function lastClose(f: FakeGemini): Promise<{ code?: number; reason?: string }> {
  const conn = f.control.connections.at(-1);
  for (let i = 0; i < 100 && conn?.closeCode === undefined; i++) await new Promise((r) => setTimeout(r, 20));
  return { code: conn?.closeCode, reason: conn?.closeReason };
}

describe('fake Gemini Live: models', () => {
  it('refuses a model that does not exist with 1008 and the real reason', async () => {
    const f = await start();
    f.control.retireModel(M25);
    await expect(open(M25)).rejects.toThrow(/1008/);
    // A close reason holds at most 123 bytes (RFC 6455), so the tail may be cut.
    const closed = await lastClose(f);
    expect(closed.code).toBe(1008);
    expect(
      `models/${M25} is not found for API version v1alpha, or is not supported for bidiGenerateContent.`.startsWith(
        closed.reason ?? '-',
      ),
    ).toBe(true);
    expect(closed.reason).toMatch(/is not found for API version v1alpha/);
  });

  it('refuses a setup whose model differs from the one its token is locked to', async () => {
    const { url } = await start();
    const token = await mintToken(url, { model: M38 });
    await expect(connectLive(url, token, liveConfig(), M31)).rejects.toThrow(/1008/);
  });

  it('refuses proactiveAudio:false on 3.8 with 1007, and takes it on 2.5', async () => {
    const f = await start();
    await expect(open(M38, liveConfig({ proactivity: { proactiveAudio: false } }))).rejects.toThrow(/1007/);
    expect((await lastClose(f)).reason).toMatch(/proactive_audio: false/);
    await expect(open(M25, liveConfig({ proactivity: { proactiveAudio: false } }))).resolves.toBeDefined();
  });

  it('applies the token’s locked voice whatever the browser asks for', async () => {
    const f = await start();
    const lock = { speechConfig: { voiceConfig: { prebuiltVoiceConfig: { voiceName: 'Kore' } } } };
    const live = await open(
      M38,
      liveConfig({ speechConfig: { voiceConfig: { prebuiltVoiceConfig: { voiceName: 'Puck' } } } }),
      lock,
    );
    const [accepted] = f.control.latestConversation().setups;
    expect(accepted?.effective).toMatchObject({
      generationConfig: { speechConfig: { voiceConfig: { prebuiltVoiceConfig: { voiceName: 'Kore' } } } },
    });
    live.session.close();
  });
});

describe('fake Gemini Live: resumption as the service does it', () => {
  it('says resumable:false with no handle while it speaks, and issues a handle only once the turn is over', async () => {
    await start({ pace: { speed: 4, replyDelayMs: 0 } });
    const live = await open(M38);
    const done = await live.next(isTurnComplete);
    const during = live.messages
      .slice(0, live.messages.indexOf(done))
      .map((m) => m.sessionResumptionUpdate)
      .filter((u) => u !== undefined);
    expect(during.at(-1)).toEqual({ resumable: false });
    const after = await live.next((m) => m.sessionResumptionUpdate !== undefined, {
      from: live.messages.indexOf(done),
    });
    expect(after.sessionResumptionUpdate).toMatchObject({ resumable: true, newHandle: expect.any(String) as unknown });
    live.session.close();
  });

  it('refuses a handle once it has expired', async () => {
    const f = await start();
    const live = await open(M38);
    const update = await live.next((m) => m.sessionResumptionUpdate?.newHandle !== undefined);
    live.session.close();
    f.control.setHandleLifetime(0);
    await expect(
      open(M38, liveConfig({ sessionResumption: { handle: update.sessionResumptionUpdate?.newHandle ?? '' } })),
    ).rejects.toThrow(/1008/);
    expect((await lastClose(f)).reason).toMatch(/handle has expired/);
  });
});

describe('fake Gemini Live: per-model behaviour', () => {
  it('packs several audio parts and the transcription into one message on 3.x, one part per message on 2.5', async () => {
    await start();
    const live38 = await open(M38);
    await live38.next(isTurnComplete);
    expect(
      live38.messages.some(
        (m) =>
          (m.serverContent?.modelTurn?.parts?.length ?? 0) > 1 && m.serverContent?.outputTranscription !== undefined,
      ),
    ).toBe(true);
    live38.session.close();
    const live25 = await open(M25);
    await live25.next(isTurnComplete);
    expect(live25.messages.every((m) => (m.serverContent?.modelTurn?.parts?.length ?? 0) <= 1)).toBe(true);
    expect(
      live25.messages.some(
        (m) => m.serverContent?.modelTurn !== undefined && m.serverContent.outputTranscription !== undefined,
      ),
    ).toBe(false);
    live25.session.close();
  });

  it('on 3.1 ends a turn after about 1 s of silence however short silenceDurationMs is; 2.5 honours it', async () => {
    const f = await start();
    const config = liveConfig({ realtimeInputConfig: { automaticActivityDetection: { silenceDurationMs: 300 } } });
    const live31 = await open(M31, config);
    await live31.next(isTurnComplete);
    live31.speak(400, 700);
    await new Promise((r) => setTimeout(r, 200));
    expect(f.control.count('candidateTurn')).toBe(0);
    live31.speak(0, 500);
    await f.control.waitFor('candidateTurn', 1, 3000);
    live31.session.close();
    const live25 = await open(M25, config);
    await live25.next(isTurnComplete);
    live25.speak(400, 700);
    await f.control.waitFor('candidateTurn', 2, 3000);
    live25.session.close();
  });

  it('on 3.8 calls end_interview while still speaking its closing line (asynchronous), and needs no response to end the turn', async () => {
    await start({ script: { ...script, questions: ['Only question?'] } });
    const live = await open(M38);
    await live.next(isTurnComplete);
    live.session.sendRealtimeInput({ text: 'My answer.' });
    const call = await live.next((m) => m.toolCall !== undefined);
    const closingDone = await live.nth(isTurnComplete, 2);
    const audioAfterCall = live.messages
      .slice(live.messages.indexOf(call), live.messages.indexOf(closingDone))
      .some((m) => m.serverContent?.modelTurn !== undefined);
    expect(audioAfterCall).toBe(true);
    live.session.close();
  });

  it('refuses toolResponse scheduling on 3.1, whose calls are synchronous', async () => {
    const f = await start({ script: { ...script, questions: ['Only question?'] } });
    const live = await open(M31);
    await live.next(isTurnComplete);
    live.session.sendRealtimeInput({ text: 'My answer.' });
    const call = await live.next((m) => m.toolCall !== undefined);
    const id = call.toolCall?.functionCalls?.[0]?.id ?? '';
    live.session.sendToolResponse({
      functionResponses: [{ id, name: 'end_interview', response: {}, scheduling: 'SILENT' as never }],
    });
    expect((await live.closed).code).toBe(1007);
    expect((await lastClose(f)).reason).toMatch(/scheduling/);
  });
});

describe('fake Gemini Live: client messages', () => {
  it('refuses audio that is not 16 kHz PCM', async () => {
    await start();
    const live = await open(M38);
    live.session.sendRealtimeInput({
      audio: { data: pcmToBase64(toneBurst(40, 48_000)), mimeType: 'audio/pcm;rate=48000' },
    });
    expect(await live.closed).toMatchObject({ code: 1007 });
  });

  it('refuses clientContent after realtime input on 3.1', async () => {
    await start();
    const live = await open(M31);
    live.session.sendRealtimeInput({ text: 'Hello.' });
    live.session.sendClientContent({
      turns: [{ role: 'user', parts: [{ text: 'Later context.' }] }],
      turnComplete: true,
    });
    expect(await live.closed).toMatchObject({ code: 1007 });
  });

  it('closes with 1009 when a client message is over the size limit', async () => {
    await start();
    const live = await open(M38);
    live.session.sendRealtimeInput({ text: 'x'.repeat(300 * 1024) });
    expect((await live.closed).code).toBe(1009);
  });
});
