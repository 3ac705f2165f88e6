import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_GEMINI_KEY, type FakeGemini, startFakeGemini } from '../../../e2e/fakes/fake-gemini.ts';
import { createGeminiVoiceSampler, MAX_SAMPLE_MS, OUTPUT_SAMPLE_RATE } from './gemini-voice-sampler.ts';

// The sampler is the real code (the SDK's Live client over a WebSocket) against the strict fake
// Gemini, which enforces each model's rules for text turns (clientContent only before realtime
// input on 3.1) and answers in 24 kHz PCM.

let fake: FakeGemini;
beforeAll(async () => {
  fake = await startFakeGemini({ pace: 'instant' });
});
afterAll(async () => {
  await fake.close();
});

const open = (): AbortSignal => AbortSignal.timeout(15_000);

function readWav(wav: Uint8Array): { riff: string; rate: number; channels: number; bits: number; dataBytes: number } {
  const view = new DataView(wav.buffer, wav.byteOffset, wav.byteLength);
  return {
    riff: Buffer.from(wav.subarray(0, 4)).toString('ascii'),
    channels: view.getUint16(22, true),
    rate: view.getUint32(24, true),
    bits: view.getUint16(34, true),
    dataBytes: view.getUint32(40, true),
  };
}

describe('voice samples through a Live session against the fake Gemini', () => {
  it.each(['gemini-3.8-live', 'gemini-3.1-flash-live-preview', 'gemini-2.5-flash-native-audio-preview-12-2025'])(
    '%s says a greeting in the chosen voice, kept as a 24 kHz WAV',
    async (model) => {
      const sampler = createGeminiVoiceSampler({ apiKey: FAKE_GEMINI_KEY, baseUrl: fake.url, liveModel: model });
      const wav = await sampler.sample({ voice: 'Kore', languageCode: 'de-DE' }, open());
      const header = readWav(wav);
      expect(header).toMatchObject({ riff: 'RIFF', rate: OUTPUT_SAMPLE_RATE, channels: 1, bits: 16 });
      const seconds = header.dataBytes / 2 / OUTPUT_SAMPLE_RATE;
      expect(seconds).toBeGreaterThan(1);
      expect(seconds).toBeLessThanOrEqual(MAX_SAMPLE_MS / 1000);
      expect(wav.byteLength).toBe(44 + header.dataBytes);

      const conv = fake.control.latestConversation();
      const setup = conv.setups[0]?.effective as {
        generationConfig?: Record<string, unknown>;
        systemInstruction?: unknown;
      };
      expect(setup.generationConfig).toMatchObject({
        responseModalities: ['AUDIO'],
        speechConfig: { voiceConfig: { prebuiltVoiceConfig: { voiceName: 'Kore' } } },
      });
      expect(JSON.stringify(setup.systemInstruction)).toContain('de-DE');
      expect(conv.textInputs.map((t) => t.text)).toEqual(['Please say your greeting now.']);
      // 3.1 takes the request as realtime text (its clientContent only seeds history); the others as a clientContent turn.
      expect(conv.connections[0]?.realtimeStarted).toBe(model.startsWith('gemini-3.1'));
      await expect.poll(() => conv.connections[0]?.isOpen).toBe(false);
    },
  );

  it('is an auth failure with a wrong key', async () => {
    const sampler = createGeminiVoiceSampler({ apiKey: 'wrong-key', baseUrl: fake.url, liveModel: 'gemini-3.8-live' });
    await expect(sampler.sample({ voice: 'Kore', languageCode: 'en-US' }, open())).rejects.toMatchObject({
      name: 'UpstreamError',
      service: 'Gemini',
    });
  });

  it('gives up at the deadline when the model never answers', async () => {
    fake.control.withholdSetupComplete();
    try {
      const sampler = createGeminiVoiceSampler({
        apiKey: FAKE_GEMINI_KEY,
        baseUrl: fake.url,
        liveModel: 'gemini-3.8-live',
      });
      await expect(
        sampler.sample({ voice: 'Puck', languageCode: 'en-US' }, AbortSignal.timeout(500)),
      ).rejects.toMatchObject({ failure: 'timeout' });
    } finally {
      fake.control.withholdSetupComplete(false);
    }
  });
});
