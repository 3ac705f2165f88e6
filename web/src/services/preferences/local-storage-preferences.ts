// Preferences in localStorage. Storage can be missing, blocked (privacy settings throw a
// SecurityError on access) or full (QuotaExceededError): remembering choices is a convenience,
// so every failure falls back quietly instead of breaking the setup screen.
import { LENGTHS_MINUTES, LEVELS, PATIENCE } from '../../lib/interview';
import type { PreferencesStore, SetupPreferences } from './types';

export const PREFERENCES_KEY = 'mockingbird:preferences:v1';

type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

function includes<T>(list: readonly T[], value: unknown): value is T {
  return list.includes(value as T);
}

/** Keeps only the fields that are valid; anything else in storage is ignored. */
export function parsePreferences(raw: unknown): SetupPreferences {
  if (typeof raw !== 'object' || raw === null) return {};
  const r = raw as Record<string, unknown>;
  const prefs: SetupPreferences = {};
  if (includes(LEVELS, r.level)) prefs.level = r.level;
  if (typeof r.voice === 'string' && r.voice) prefs.voice = r.voice;
  if (typeof r.languageCode === 'string' && r.languageCode) prefs.languageCode = r.languageCode;
  if (includes(LENGTHS_MINUTES, r.lengthMinutes)) prefs.lengthMinutes = r.lengthMinutes;
  if (includes(PATIENCE, r.patience)) prefs.patience = r.patience;
  if (typeof r.avatar === 'boolean') prefs.avatar = r.avatar;
  if (typeof r.micDeviceId === 'string' && r.micDeviceId) prefs.micDeviceId = r.micDeviceId;
  return prefs;
}

export function createLocalStoragePreferences(getStorage: () => StorageLike | undefined = () => globalThis.localStorage): PreferencesStore {
  return {
    load() {
      try {
        const text = getStorage()?.getItem(PREFERENCES_KEY);
        return text ? parsePreferences(JSON.parse(text)) : {};
      } catch {
        return {};
      }
    },
    save(preferences) {
      try {
        const storage = getStorage();
        if (!storage) return false;
        storage.setItem(PREFERENCES_KEY, JSON.stringify(parsePreferences(preferences)));
        return true;
      } catch {
        return false;
      }
    },
  };
}
