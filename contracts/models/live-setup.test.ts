import { describe, expect, it } from 'vitest';
import {
  GEMINI_2_5_FLASH_NATIVE_AUDIO,
  GEMINI_3_1_FLASH_LIVE_PREVIEW,
  GEMINI_3_8_LIVE,
  GEMINI_3_8_LIVE_EXTENDED_THINKING,
  LIVE_MODEL_PROFILES,
  untestedLiveProfile,
} from './live-profiles.ts';
import { buildLiveSetup, type LiveSetupWishes } from './live-setup.ts';

const endInterview = { name: 'end_interview', description: 'Ends the interview.' };

/** Everything the app could ask for at once. */
const everything: LiveSetupWishes = {
  voice: 'Kore',
  languageCode: 'en-US',
  systemInstruction: 'You are an interviewer.',
  tools: [{ ...endInterview, behavior: 'BLOCKING' }],
  transcriptions: true,
  resumption: {},
  compression: true,
  silenceDurationMs: 1500,
  thinkingLevel: 'LOW',
  thinkingBudget: 256,
  affectiveDialog: true,
  proactiveAudio: false,
};

describe('buildLiveSetup', () => {
  it('always asks for audio and carries the voice and language in speechConfig', () => {
    const { config } = buildLiveSetup(GEMINI_3_8_LIVE, { voice: 'Puck', languageCode: 'de-DE' });
    expect(config.responseModalities).toEqual(['AUDIO']);
    expect(config.speechConfig).toEqual({
      voiceConfig: { prebuiltVoiceConfig: { voiceName: 'Puck' } },
      languageCode: 'de-DE',
    });
  });

  it('sends gemini-3.8-live no thinking, no affective dialog and never proactiveAudio:false', () => {
    const { config, dropped } = buildLiveSetup(GEMINI_3_8_LIVE, everything);
    expect(config.thinkingConfig).toBeUndefined();
    expect(config.enableAffectiveDialog).toBeUndefined();
    expect(config.proactivity).toBeUndefined();
    expect(dropped.sort()).toEqual(['affectiveDialog', 'proactiveAudio', 'thinkingBudget', 'thinkingLevel']);
  });

  it('keeps a BLOCKING end_interview on gemini-3.8-live, where BLOCKING stays available', () => {
    const { config } = buildLiveSetup(GEMINI_3_8_LIVE, everything);
    expect(config.tools?.[0].functionDeclarations[0]?.behavior).toBe('BLOCKING');
  });

  it('gives the extended-thinking model its thinkingLevel and strips BLOCKING, which it refuses', () => {
    const { config, dropped } = buildLiveSetup(GEMINI_3_8_LIVE_EXTENDED_THINKING, everything);
    expect(config.thinkingConfig).toEqual({ thinkingLevel: 'LOW' });
    expect(config.tools?.[0].functionDeclarations[0]).toEqual(endInterview);
    expect(dropped).toContain('end_interview.behavior');
  });

  it('refuses a thinking level the model does not list (MINIMAL on extended thinking)', () => {
    const { config, dropped } = buildLiveSetup(GEMINI_3_8_LIVE_EXTENDED_THINKING, { thinkingLevel: 'MINIMAL' });
    expect(config.thinkingConfig).toBeUndefined();
    expect(dropped).toEqual(['thinkingLevel']);
  });

  it('sends 3.1 its silenceDurationMs but lists it as having no effect', () => {
    const { config, ineffective } = buildLiveSetup(GEMINI_3_1_FLASH_LIVE_PREVIEW, { silenceDurationMs: 2500 });
    expect(config.realtimeInputConfig).toEqual({ automaticActivityDetection: { silenceDurationMs: 2500 } });
    expect(ineffective).toEqual(['silenceDurationMs']);
  });

  it.each(LIVE_MODEL_PROFILES)(
    'turns the server voice detection off on $id when the client marks activity itself',
    (profile) => {
      const { config, ineffective } = buildLiveSetup(profile, { manualActivity: true, silenceDurationMs: 900 });
      expect(config.realtimeInputConfig).toEqual({ automaticActivityDetection: { disabled: true } });
      expect(ineffective).toContain('silenceDurationMs');
    },
  );

  it('leaves proactive audio and affective dialog out on 3.1 whatever their value', () => {
    const on = buildLiveSetup(GEMINI_3_1_FLASH_LIVE_PREVIEW, { proactiveAudio: true, affectiveDialog: true });
    expect(on.config.proactivity).toBeUndefined();
    expect(on.config.enableAffectiveDialog).toBeUndefined();
    expect(on.dropped).toEqual(['affectiveDialog', 'proactiveAudio']);
  });

  it('strips NON_BLOCKING on 3.1, which runs function calls synchronously only', () => {
    const { config, dropped } = buildLiveSetup(GEMINI_3_1_FLASH_LIVE_PREVIEW, {
      tools: [{ ...endInterview, behavior: 'NON_BLOCKING' }],
    });
    expect(config.tools?.[0].functionDeclarations[0]).toEqual(endInterview);
    expect(dropped).toEqual(['end_interview.behavior']);
  });

  it('gives 2.5 native audio its thinking budget, affective dialog and proactive audio', () => {
    const { config, dropped } = buildLiveSetup(GEMINI_2_5_FLASH_NATIVE_AUDIO, everything);
    expect(config.thinkingConfig).toEqual({ thinkingBudget: 256 });
    expect(config.enableAffectiveDialog).toBe(true);
    expect(config.proactivity).toEqual({ proactiveAudio: false });
    expect(dropped).toEqual(['thinkingLevel']);
  });

  it('sends an untested model only what every known model accepts', () => {
    const { config } = buildLiveSetup(untestedLiveProfile('gemini-9-live'), everything);
    for (const profile of LIVE_MODEL_PROFILES) {
      const known = buildLiveSetup(profile, everything).config;
      for (const key of Object.keys(config)) expect(known, `${profile.id} takes ${key}`).toHaveProperty(key);
    }
    expect(config.tools?.[0].functionDeclarations[0]).toEqual(endInterview);
  });

  it('passes a resumption handle through and asks for handles without one', () => {
    expect(buildLiveSetup(GEMINI_3_8_LIVE, { resumption: { handle: 'h1' } }).config.sessionResumption).toEqual({
      handle: 'h1',
    });
    expect(buildLiveSetup(GEMINI_3_8_LIVE, { resumption: {} }).config.sessionResumption).toEqual({});
  });

  it('sends nothing the app did not ask for', () => {
    expect(buildLiveSetup(GEMINI_3_8_LIVE, {}).config).toEqual({ responseModalities: ['AUDIO'] });
  });
});
