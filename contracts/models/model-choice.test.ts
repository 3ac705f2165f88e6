import { describe, expect, it } from 'vitest';
import { DEFAULT_LIVE_MODEL, findLiveProfile, LIVE_MODEL_PROFILES } from './live-profiles.ts';
import { chooseLiveModel, chooseTextModel } from './model-choice.ts';
import { DEFAULT_TEXT_MODEL, findTextProfile } from './text-models.ts';

describe('model defaults', () => {
  it('defaults Live to the stable gemini-3.8-live and text to the stable gemini-3.8-flash', () => {
    expect(DEFAULT_LIVE_MODEL).toBe('gemini-3.8-live');
    expect(DEFAULT_TEXT_MODEL).toBe('gemini-3.8-flash');
    expect(chooseLiveModel(undefined)).toEqual({ profile: findLiveProfile('gemini-3.8-live') });
    expect(chooseTextModel('  ')).toEqual({ profile: findTextProfile('gemini-3.8-flash') });
  });

  it('lists the four supported Live models with distinct ids', () => {
    expect(LIVE_MODEL_PROFILES.map((p) => p.id)).toEqual([
      'gemini-3.8-live',
      'gemini-3.8-live-extended-thinking',
      'gemini-3.1-flash-live-preview',
      'gemini-2.5-flash-native-audio-preview-12-2025',
    ]);
  });
});

describe('chooseLiveModel', () => {
  it('takes any listed model silently, with or without the models/ prefix', () => {
    expect(chooseLiveModel('models/gemini-3.1-flash-live-preview')).toEqual({
      profile: findLiveProfile('gemini-3.1-flash-live-preview'),
    });
  });

  it('warns in one line that the 2.5 preview is superseded', () => {
    const choice = chooseLiveModel('gemini-2.5-flash-native-audio-preview-12-2025');
    expect(choice.profile.status).toBe('superseded');
    expect(choice.warning).toMatch(/superseded.*gemini-3\.8-live/);
    expect(choice.warning).not.toContain('\n');
  });

  it('accepts an unknown model with a one-line warning that it is untested', () => {
    const choice = chooseLiveModel('gemini-9-live');
    expect(choice.profile).toMatchObject({ id: 'gemini-9-live', status: 'untested' });
    expect(choice.warning).toBe(
      'Live model gemini-9-live is untested with Mockingbird; its setup is limited to fields every known model accepts.',
    );
  });
});

describe('chooseTextModel', () => {
  it('gives Gemini 3 Flash temperature 1.0, as Google guides for Gemini 3', () => {
    expect(chooseTextModel('gemini-3.8-flash').profile.generation).toEqual({ temperature: 1.0 });
    expect(chooseTextModel('gemini-3.7-flash').profile.generation).toEqual({ temperature: 1.0 });
  });

  it('names the replacement when the setting is a shut-down model', () => {
    const choice = chooseTextModel('gemini-2.5-flash');
    expect(choice.profile.status).toBe('shut_down');
    expect(choice.warning).toBe(
      'Report model gemini-2.5-flash has been shut down by Google; set GEMINI_REPORT_MODEL=gemini-3.8-flash.',
    );
  });

  it('accepts an unknown Gemini 3 model at temperature 1.0 and another unknown one at its own defaults', () => {
    const three = chooseTextModel('gemini-3.9-flash');
    expect(three.warning).toBe('Report model gemini-3.9-flash is untested with Mockingbird.');
    expect(three.profile.generation).toEqual({ temperature: 1.0 });
    expect(chooseTextModel('gemma-5').profile.generation).toEqual({});
  });
});
