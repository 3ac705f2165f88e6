import { describe, expect, it } from 'vitest';
import { buildLiveConnectConfig, END_INTERVIEW_TOOL } from './live-config';

const base = { voice: 'Kore', languageCode: 'de-DE', systemInstruction: 'You are an interviewer.', silenceDurationMs: 1200 };

describe('buildLiveConnectConfig', () => {
  it('asks for audio in the chosen voice and language', () => {
    const c = buildLiveConnectConfig(base);
    expect(c.responseModalities).toEqual(['AUDIO']);
    expect(c.speechConfig).toEqual({ voiceConfig: { prebuiltVoiceConfig: { voiceName: 'Kore' } }, languageCode: 'de-DE' });
    expect(c.systemInstruction).toBe('You are an interviewer.');
  });

  it('turns on both transcriptions, compression and the patience-tuned pause', () => {
    const c = buildLiveConnectConfig(base);
    expect(c.inputAudioTranscription).toEqual({});
    expect(c.outputAudioTranscription).toEqual({});
    expect(c.contextWindowCompression).toEqual({ slidingWindow: {} });
    expect(c.realtimeInputConfig?.automaticActivityDetection?.silenceDurationMs).toBe(1200);
  });

  it('offers the end_interview function', () => {
    const tools = buildLiveConnectConfig(base).tools;
    const names = (tools ?? []).flatMap((t) => ('functionDeclarations' in t ? (t.functionDeclarations ?? []).map((f) => f.name) : []));
    expect(names).toEqual([END_INTERVIEW_TOOL]);
  });

  it('asks for resumption handles on a new session and resumes with one when given', () => {
    expect(buildLiveConnectConfig(base).sessionResumption).toEqual({});
    expect(buildLiveConnectConfig(base, 'h7').sessionResumption).toEqual({ handle: 'h7' });
  });
});
