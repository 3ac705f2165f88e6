import { describe, expect, it } from 'vitest';
import { LIVE_MODEL_PROFILES } from '../../../../contracts/models/live-profiles.ts';
import { buildLiveConnectConfig } from './live-config';

const hangUp = { name: 'hang_up', description: 'Ends the call.' };
const base = {
  voice: 'Kore',
  languageCode: 'de-DE',
  systemInstruction: 'You are an interviewer.',
  tools: [hangUp],
  silenceDurationMs: 1200,
};
const M25 = 'models/gemini-2.5-flash-native-audio-preview-12-2025';
const M38 = 'models/gemini-3.8-live';

describe('buildLiveConnectConfig', () => {
  it('asks for audio in the chosen voice, leaving out the language code native audio ignores', () => {
    const c = buildLiveConnectConfig(base, M38);
    expect(c.responseModalities).toEqual(['AUDIO']);
    expect(c.speechConfig).toEqual({ voiceConfig: { prebuiltVoiceConfig: { voiceName: 'Kore' } } });
    expect(c.systemInstruction).toBe('You are an interviewer.');
  });

  it('turns on both transcriptions and compression on every model', () => {
    for (const profile of LIVE_MODEL_PROFILES) {
      const c = buildLiveConnectConfig(base, profile.id);
      expect(c.inputAudioTranscription).toEqual({});
      expect(c.outputAudioTranscription).toEqual({});
      expect(c.contextWindowCompression).toEqual({ slidingWindow: {} });
    }
  });

  it('turns the server’s voice detection off on every model when the browser marks turns itself', () => {
    for (const profile of LIVE_MODEL_PROFILES) {
      const c = buildLiveConnectConfig({ ...base, manualActivity: true }, profile.id);
      expect(c.realtimeInputConfig).toEqual({ automaticActivityDetection: { disabled: true } });
    }
  });

  it('sends the patience-tuned pause only to a model that honours it', () => {
    expect(buildLiveConnectConfig(base, M25).realtimeInputConfig?.automaticActivityDetection?.silenceDurationMs).toBe(
      1200,
    );
    expect(buildLiveConnectConfig(base, M38).realtimeInputConfig).toBeUndefined();
    expect(buildLiveConnectConfig(base, 'gemini-3.1-flash-live-preview').realtimeInputConfig).toBeUndefined();
  });

  it('sends nothing any known model refuses, and an untested model only what every model accepts', () => {
    for (const id of [...LIVE_MODEL_PROFILES.map((p) => p.id), 'gemini-9-live-next']) {
      const c = buildLiveConnectConfig(base, id);
      expect(c.thinkingConfig).toBeUndefined();
      expect(c.enableAffectiveDialog).toBeUndefined();
      expect(c.proactivity).toBeUndefined();
    }
  });

  it('offers exactly the functions the session config declares, and none when it declares none', () => {
    const names = (model: ReturnType<typeof buildLiveConnectConfig>) =>
      (model.tools ?? []).flatMap((t) =>
        'functionDeclarations' in t ? (t.functionDeclarations ?? []).map((f) => f.name) : [],
      );
    expect(names(buildLiveConnectConfig(base, M38))).toEqual(['hang_up']);
    expect(names(buildLiveConnectConfig({ ...base, tools: [] }, M38))).toEqual([]);
  });

  it('asks for resumption handles on a new session and resumes with one when given', () => {
    expect(buildLiveConnectConfig(base, M38).sessionResumption).toEqual({});
    expect(buildLiveConnectConfig(base, M38, 'h7').sessionResumption).toEqual({ handle: 'h7' });
  });
});
