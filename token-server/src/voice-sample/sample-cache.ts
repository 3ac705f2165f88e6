// Made samples, kept in this instance's memory: a voice and language sound the same every time
// they are asked for, and each new one costs a Live session. Bounded, oldest use out first; a
// sample being made is shared by everyone who asks meanwhile; a failure is not kept.

export const DEFAULT_CACHE_ENTRIES = 64;

export interface SampleCache {
  get(key: string, make: () => Promise<Uint8Array>): Promise<Uint8Array>;
  readonly size: number;
}

export function createSampleCache(maxEntries = DEFAULT_CACHE_ENTRIES): SampleCache {
  const entries = new Map<string, Promise<Uint8Array>>();
  return {
    get(key, make) {
      const found = entries.get(key);
      if (found) {
        // Map keeps insertion order: moving the key to the end marks it as the latest used.
        entries.delete(key);
        entries.set(key, found);
        return found;
      }
      const made = make();
      entries.set(key, made);
      made.catch(() => {
        if (entries.get(key) === made) entries.delete(key);
      });
      for (const oldest of entries.keys()) {
        if (entries.size <= maxEntries) break;
        entries.delete(oldest);
      }
      return made;
    },
    get size() {
      return entries.size;
    },
  };
}
