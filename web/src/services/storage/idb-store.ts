import { idbAttachmentMethods } from './idb-attachments';
import { idbBulkMethods } from './idb-bulk';
import { idbInterviewMethods } from './idb-interviews';
import { idbRecordingMethods } from './idb-recordings';
import { openDatabase, type MockingbirdDatabase, type OpenDatabaseOptions } from './open-database';
import { browserEstimate, type EstimateStorage } from './storage-usage';
import type { Store } from './types';

export interface IdbStoreOptions extends OpenDatabaseOptions {
  /** Defaults to navigator.storage.estimate() where the browser has it. */
  estimate?: EstimateStorage;
}

/** A Store on an open database. Closing the database is the caller's business. */
export function createIdbStore(
  db: MockingbirdDatabase,
  estimate: EstimateStorage | undefined = browserEstimate(),
): Store {
  return {
    kind: 'indexeddb',
    ...idbInterviewMethods(db),
    ...idbAttachmentMethods(db),
    ...idbRecordingMethods(db),
    ...idbBulkMethods(db, estimate),
  };
}

/** Opens the database (running any migrations) and returns a Store on it; rejects with a StoreError. */
export async function openIdbStore(options: IdbStoreOptions = {}): Promise<{ store: Store; close: () => void }> {
  const db = await openDatabase(options);
  return { store: createIdbStore(db, options.estimate ?? browserEstimate()), close: () => db.close() };
}
