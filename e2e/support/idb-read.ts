import type { Page } from 'playwright/test';

// Reads the app's IndexedDB straight from the browser (not through the app), so a spec checks
// what is really on the device. Each query is one store read, all in one transaction; a Blob
// comes back as { blobBytes }.

export type IdbQuery =
  /** The record with this key. */
  | { store: string; key: string }
  /** Every record whose [interviewId, seq] key starts with this id, in seq order. */
  | { store: string; keyPrefix: string };

export function readIdb(page: Page, queries: readonly IdbQuery[]): Promise<unknown[]> {
  return page.evaluate(async (list) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('mockingbird');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB did not open'));
    });
    // Blobs cannot leave the page: each becomes { blobBytes: its size }.
    const plain = (value: unknown): unknown => {
      if (value instanceof Blob) return { blobBytes: value.size };
      if (Array.isArray(value)) return value.map(plain);
      if (value && typeof value === 'object')
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
      return value;
    };
    try {
      const tx = db.transaction([...new Set(list.map((q) => q.store))]);
      return await Promise.all(
        list.map(
          (q) =>
            new Promise<unknown>((resolve, reject) => {
              const store = tx.objectStore(q.store);
              const request =
                'key' in q
                  ? store.get(q.key)
                  : store.getAll(IDBKeyRange.bound([q.keyPrefix, -Infinity], [q.keyPrefix, Infinity]));
              request.onsuccess = () => resolve(plain(request.result));
              request.onerror = () => reject(request.error ?? new Error('IndexedDB read failed'));
            }),
        ),
      );
    } finally {
      db.close();
    }
  }, queries);
}
