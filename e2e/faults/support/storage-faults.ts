import type { Page } from 'playwright/test';

// The browser's storage failing, simulated in the page before the app loads (the app's code is
// untouched): IndexedDB refused outright, as in some private modes or with site data blocked,
// or a disk that fills up partway through an interview.

/** Every indexedDB.open throws SecurityError, as a browser that forbids storage does. */
export async function blockIndexedDb(page: Page): Promise<void> {
  await page.addInitScript(() => {
    IDBFactory.prototype.open = function refuse(): IDBOpenDBRequest {
      throw new DOMException('The user denied permission to access the database.', 'SecurityError');
    };
  });
}

/**
 * The app's first `writes` writes (put or add) succeed; every later one fails with
 * QuotaExceededError, as when the disk fills up, until `freeStorage` is called.
 */
export async function fillStorageAfter(page: Page, writes: number): Promise<void> {
  await page.addInitScript((allowed: number) => {
    const quota = { allowed, writes: 0, refused: 0 };
    Reflect.set(window, '__storageQuota', quota);
    for (const method of ['put', 'add'] as const) {
      const original = Reflect.get(IDBObjectStore.prototype, method) as (
        this: IDBObjectStore,
        ...args: Parameters<IDBObjectStore['put']>
      ) => IDBRequest<IDBValidKey>;
      IDBObjectStore.prototype[method] = function limited(
        this: IDBObjectStore,
        ...args: Parameters<IDBObjectStore['put']>
      ): IDBRequest<IDBValidKey> {
        if (quota.writes >= quota.allowed) {
          quota.refused++;
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        }
        quota.writes++;
        return original.apply(this, args);
      };
    }
  }, writes);
}

export async function refusedWrites(page: Page): Promise<number> {
  return page.evaluate(() => (Reflect.get(window, '__storageQuota') as { refused: number }).refused);
}
