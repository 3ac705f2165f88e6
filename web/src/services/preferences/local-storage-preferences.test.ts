import { describe, expect, it } from 'vitest';
import { PREFERENCES_KEY, createLocalStoragePreferences } from './local-storage-preferences';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), data };
}

describe('createLocalStoragePreferences', () => {
  it('remembers the last choices', () => {
    const storage = memoryStorage();
    const prefs = createLocalStoragePreferences(() => storage);
    expect(
      prefs.save({
        level: 'Advanced',
        voice: 'Kore',
        languageCode: 'de-DE',
        lengthMinutes: 30,
        patience: 'relaxed',
        avatar: true,
        micDeviceId: 'mic-2',
      }),
    ).toBe(true);
    expect(prefs.load()).toEqual({
      level: 'Advanced',
      voice: 'Kore',
      languageCode: 'de-DE',
      lengthMinutes: 30,
      patience: 'relaxed',
      avatar: true,
      micDeviceId: 'mic-2',
    });
  });

  it('starts empty when nothing was saved', () => {
    expect(createLocalStoragePreferences(() => memoryStorage()).load()).toEqual({});
  });

  it('ignores damaged or invalid stored values', () => {
    expect(createLocalStoragePreferences(() => memoryStorage({ [PREFERENCES_KEY]: '{not json' })).load()).toEqual({});
    const odd = JSON.stringify({ level: 'Expert', lengthMinutes: 45, patience: 'normal', avatar: 'yes' });
    expect(createLocalStoragePreferences(() => memoryStorage({ [PREFERENCES_KEY]: odd })).load()).toEqual({
      patience: 'normal',
    });
  });

  it('reports a full storage without throwing', () => {
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    expect(createLocalStoragePreferences(() => full).save({ level: 'Beginner' })).toBe(false);
  });

  it('copes with storage that is blocked or missing', () => {
    const blocked = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    expect(createLocalStoragePreferences(blocked).load()).toEqual({});
    expect(createLocalStoragePreferences(blocked).save({ level: 'Beginner' })).toBe(false);
    expect(createLocalStoragePreferences(() => undefined).save({ level: 'Beginner' })).toBe(false);
  });
});
