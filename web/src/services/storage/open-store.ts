import { openIdbStore, type IdbStoreOptions } from './idb-store';
import { createMemoryStore } from './memory-store';
import { toStoreError } from './store-errors';
import type { Store, StoreError } from './types';

export type OpenedStore =
  | { kind: 'indexeddb'; store: Store; close: () => void }
  | {
      kind: 'memory';
      store: Store;
      /** A sentence for the UI to show for as long as the app runs on memory. */
      notice: string;
      /** Why IndexedDB could not be used, for the details. */
      cause: StoreError;
    };

export interface OpenStoreOptions extends IdbStoreOptions {
  /** Opens the IndexedDB store; tests pass one that fails. */
  openIndexedDb?: (options: IdbStoreOptions) => Promise<{ store: Store; close: () => void }>;
}

export const MEMORY_NOTICE =
  "History won't be kept on this device: this browser is not letting Mockingbird save data " +
  '(private browsing, blocked site data, or another Mockingbird tab holding it). ' +
  'You can still practise; download your transcript at the end to keep it.';

/**
 * Chooses where data lives for this page: IndexedDB when it opens, otherwise memory. Never
 * rejects, because an interview must be possible either way; `kind` tells the caller which.
 */
export async function openStore(options: OpenStoreOptions = {}): Promise<OpenedStore> {
  const { openIndexedDb = openIdbStore, ...idbOptions } = options;
  try {
    const { store, close } = await openIndexedDb(idbOptions);
    return { kind: 'indexeddb', store, close };
  } catch (err) {
    return { kind: 'memory', store: createMemoryStore(), notice: MEMORY_NOTICE, cause: toStoreError(err, 'opened') };
  }
}
