// Preferences in localStorage. Storage can be missing, blocked (privacy settings throw a
// SecurityError on access) or full (QuotaExceededError): remembering choices is a convenience,
// so every failure falls back quietly instead of breaking the setup screen.
import { parsePreferences } from './parse-preferences';
import type { PreferencesStore } from './types';

export const PREFERENCES_KEY = 'mockingbird:preferences:v1';

type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

export function createLocalStoragePreferences(
  getStorage: () => StorageLike | undefined = () => globalThis.localStorage,
): PreferencesStore {
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
