import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_GEMINI_KEY, type FakeGemini, startFakeGemini } from '../../../e2e/fakes/fake-gemini.ts';
import { createGemini } from './gemini.ts';

// The exact constraint set the server locks into a Live token, minted by the real SDK against
// the strict fake, which refuses the partial speechConfig mask that protocols.md warns about.

let fake: FakeGemini;
beforeAll(async () => {
  fake = await startFakeGemini({ pace: 'instant' });
});
afterAll(async () => {
  await fake.close();
});

const open = (): AbortSignal => new AbortController().signal;

describe('Live token constraints against the fake Gemini', () => {
  it('locks the model, AUDIO output and the whole speechConfig with the voice and language', async () => {
    const { live } = createGemini({
      apiKey: FAKE_GEMINI_KEY,
      baseUrl: fake.url,
      liveModel: 'gemini-3.8-live',
      reportModel: 'gemini-3.8-flash',
    });
    const { token } = await live.mint({ durationMinutes: 20, voice: 'Kore', languageCode: 'de-DE' }, open());
    const minted = fake.control.tokens.find((t) => t.name === token);
    expect(minted?.lockedSetup).toEqual({
      model: 'models/gemini-3.8-live',
      generationConfig: {
        responseModalities: ['AUDIO'],
        speechConfig: { voiceConfig: { prebuiltVoiceConfig: { voiceName: 'Kore' } }, languageCode: 'de-DE' },
      },
    });
    expect(minted?.lockedPaths).toEqual([
      'model',
      'generationConfig.responseModalities',
      'generationConfig.speechConfig',
    ]);
  });

  it.each(['gemini-3.8-live', 'gemini-3.1-flash-live-preview', 'gemini-2.5-flash-native-audio-preview-12-2025'])(
    'locks the server’s voice detection off on %s when the browser marks turns itself',
    async (liveModel) => {
      const { live } = createGemini({
        apiKey: FAKE_GEMINI_KEY,
        baseUrl: fake.url,
        liveModel,
        reportModel: 'gemini-3.8-flash',
      });
      const { token } = await live.mint({ durationMinutes: 20, voice: 'Kore', manualActivity: true }, open());
      const minted = fake.control.tokens.find((t) => t.name === token);
      expect(minted?.lockedSetup?.realtimeInputConfig).toEqual({ automaticActivityDetection: { disabled: true } });
      expect(minted?.lockedPaths).toEqual([
        'model',
        'generationConfig.responseModalities',
        'generationConfig.speechConfig',
        'realtimeInputConfig.automaticActivityDetection',
      ]);
    },
  );

  it('locks only the model and AUDIO output when the browser names no voice or language', async () => {
    const { live } = createGemini({
      apiKey: FAKE_GEMINI_KEY,
      baseUrl: fake.url,
      liveModel: 'gemini-3.1-flash-live-preview',
      reportModel: 'gemini-3.8-flash',
    });
    const { token } = await live.mint({ durationMinutes: 20 }, open());
    const minted = fake.control.tokens.find((t) => t.name === token);
    expect(minted?.lockedPaths).toEqual(['model', 'generationConfig.responseModalities']);
  });
});

describe('a wrong Gemini key against the fake', () => {
  // Google answers 400 API_KEY_INVALID, not 401: the server must still call it a key problem.
  it('is an auth failure for the token and for the report', async () => {
    const { live, report } = createGemini({
      apiKey: 'wrong-key',
      baseUrl: fake.url,
      liveModel: 'gemini-3.8-live',
      reportModel: 'gemini-3.8-flash',
    });
    await expect(live.mint({ durationMinutes: 20 }, open())).rejects.toMatchObject({ failure: 'auth', status: 400 });
    const request = {
      interview: { topic: 'SQL', level: 'Beginner' },
      transcript: [{ role: 'candidate' as const, text: 'I would add an index.' }],
    };
    await expect(report.write(request, open())).rejects.toMatchObject({ failure: 'auth', status: 400 });
  });
});
