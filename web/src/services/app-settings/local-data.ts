// "Clear all data" also forgets what lives outside IndexedDB: settings (the Gemini key among
// them), remembered setup choices and setups handed to the interview room. Every key Mockingbird
// writes starts with this prefix, so nothing else on the same origin is touched.

export const LOCAL_KEY_PREFIX = 'mockingbird:';

type KeyedStorage = Pick<Storage, 'length' | 'key' | 'removeItem'>;

/** Removes every Mockingbird key from each storage; returns false if any storage refused. */
export function clearLocalData(storages: readonly (() => KeyedStorage | undefined)[]): boolean {
  let allCleared = true;
  for (const getStorage of storages) {
    try {
      const storage = getStorage();
      if (!storage) continue;
      const keys: string[] = [];
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i);
        if (key?.startsWith(LOCAL_KEY_PREFIX)) keys.push(key);
      }
      // Collected first: removing while walking the indexes would skip keys.
      for (const key of keys) storage.removeItem(key);
    } catch {
      allCleared = false;
    }
  }
  return allCleared;
}

export function clearBrowserLocalData(): boolean {
  return clearLocalData([() => globalThis.localStorage, () => globalThis.sessionStorage]);
}
