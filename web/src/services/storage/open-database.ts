import { openDB, type IDBPDatabase } from 'idb';
import { DATABASE_NAME, type MockingbirdSchema } from './idb-schema';
import { MIGRATIONS, runMigrations, type Migration } from './migrations';
import { toStoreError } from './store-errors';
import { StoreError } from './types';

export interface OpenDatabaseOptions {
  name?: string;
  /** The database's history; tests pass their own to exercise an upgrade. */
  migrations?: readonly Migration[];
  /**
   * How long to wait when an older version is open in another tab and the upgrade cannot start.
   * Past this the open fails, so the app can run on memory instead of hanging.
   */
  blockedTimeoutMs?: number;
  /** The connection closed under us: another tab upgrades ('versionchange') or the browser dropped it. */
  onClosed?: (why: 'versionchange' | 'terminated') => void;
}

export type MockingbirdDatabase = IDBPDatabase<MockingbirdSchema>;

const BLOCKED_MESSAGE =
  'Mockingbird is open in another tab with an older version, so saved history cannot be opened here. ' +
  'Close the other Mockingbird tabs and reload this page.';

/** Opens (and if needed upgrades) the database; rejects with a StoreError. */
export function openDatabase(options: OpenDatabaseOptions = {}): Promise<MockingbirdDatabase> {
  const { name = DATABASE_NAME, migrations = MIGRATIONS, blockedTimeoutMs = 5000, onClosed } = options;
  // Reading `indexedDB` itself throws in some browsers when site data is blocked.
  try {
    if (typeof indexedDB === 'undefined') throw new DOMException('IndexedDB is missing', 'InvalidStateError');
  } catch (err) {
    return Promise.reject(toStoreError(err, 'opened'));
  }

  return new Promise<MockingbirdDatabase>((resolve, reject) => {
    let blockedTimer: ReturnType<typeof setTimeout> | undefined;
    let gaveUp = false;
    let migrationError: unknown;
    let opened: MockingbirdDatabase | undefined;

    // Opened untyped because migrations see the database's history, not its final shape.
    openDB(name, migrations.length, {
      upgrade(db, oldVersion, newVersion, tx) {
        runMigrations(migrations, db, tx, oldVersion, newVersion ?? migrations.length).catch((err: unknown) => {
          migrationError = err;
          // The open request reports the failure; the aborted transaction's own rejection is noise.
          tx.done.catch(() => undefined);
          tx.abort();
        });
      },
      blocked() {
        blockedTimer ??= setTimeout(() => {
          gaveUp = true;
          reject(new StoreError('unavailable', BLOCKED_MESSAGE));
        }, blockedTimeoutMs);
      },
      // Another tab needs to upgrade: step aside rather than block it; our later writes then
      // fail as 'unavailable' and the user is told to reload.
      blocking() {
        opened?.close();
        onClosed?.('versionchange');
      },
      terminated() {
        onClosed?.('terminated');
      },
    }).then(
      (untypedDb) => {
        clearTimeout(blockedTimer);
        // The one place the schema type is asserted; migrations.test.ts checks the migrations
        // produce exactly SCHEMA_SHAPE.
        const db = untypedDb as unknown as MockingbirdDatabase;
        // The blocked wait was abandoned; the late connection must not hold up other tabs.
        if (gaveUp) {
          db.close();
          return;
        }
        opened = db;
        resolve(db);
      },
      (err: unknown) => {
        clearTimeout(blockedTimer);
        reject(toStoreError(migrationError ?? err, 'opened'));
      },
    );
  });
}
