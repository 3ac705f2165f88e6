import type { IDBPDatabase, IDBPTransaction } from 'idb';

/**
 * One step of the database's history: migration i takes the database from version i to i + 1.
 * Migrations see an untyped database on purpose: they describe how it looked then, while
 * MockingbirdSchema describes how it looks after the last one. Rules they keep:
 * - never edit a migration that has shipped; add a new one at the end;
 * - do all work through `tx` (the upgrade transaction): awaiting anything else lets it commit
 *   half-done;
 * - throwing aborts the upgrade, and the database stays at its old version.
 */
export type Migration = (
  db: IDBPDatabase<unknown>,
  tx: IDBPTransaction<unknown, string[], 'versionchange'>,
) => void | Promise<void>;

/** Version 1: interviews, their turns, reports, recordings, prep packs and settings. */
const createInitialStores: Migration = (db) => {
  const interviews = db.createObjectStore('interviews', { keyPath: 'id' });
  interviews.createIndex('byCreatedAt', 'createdAt');
  interviews.createIndex('byStatus', 'status');

  const turns = db.createObjectStore('turns', { keyPath: ['interviewId', 'seq'] });
  turns.createIndex('byInterview', 'interviewId');

  db.createObjectStore('reports', { keyPath: 'interviewId' });
  db.createObjectStore('recordings', { keyPath: 'interviewId' });

  const prepPacks = db.createObjectStore('prepPacks', { keyPath: 'id' });
  prepPacks.createIndex('byCreatedAt', 'createdAt');

  db.createObjectStore('settings', { keyPath: 'key' });
};

/**
 * Version 2: recordings are written as they happen, a chunk every few seconds, so a crash loses
 * only the last few. The audio moves to `recordingChunks`; `recordings` keeps only its facts.
 * A recording stored whole by version 1 becomes chunk 0 with facts filled in from what it had.
 */
const splitRecordingsIntoChunks: Migration = async (db, tx) => {
  db.createObjectStore('recordingChunks', { keyPath: ['interviewId', 'seq'] });
  const recordings = tx.objectStore('recordings');
  for (let cursor = await recordings.openCursor(); cursor; cursor = await cursor.continue()) {
    const old = cursor.value as { interviewId: string; blob?: unknown; mimeType?: unknown; createdAt?: unknown };
    if (!(old.blob instanceof Blob)) continue;
    await tx.objectStore('recordingChunks').put({ interviewId: old.interviewId, seq: 0, blob: old.blob });
    await cursor.update({
      interviewId: old.interviewId,
      mimeType: typeof old.mimeType === 'string' ? old.mimeType : old.blob.type,
      createdAt: typeof old.createdAt === 'number' ? old.createdAt : 0,
      startedAtMs: 0,
      durationMs: 0,
      bytes: old.blob.size,
      turnOffsets: [],
      state: 'complete',
    });
  }
};

export const MIGRATIONS: readonly Migration[] = [createInitialStores, splitRecordingsIntoChunks];

/**
 * Runs the migrations from `oldVersion` up to `newVersion` inside the upgrade transaction.
 * Synchronous steps run back to back; a step that returns a promise is awaited before the next,
 * which keeps the transaction alive because it only waits on the transaction's own requests.
 */
export async function runMigrations(
  migrations: readonly Migration[],
  db: IDBPDatabase<unknown>,
  tx: IDBPTransaction<unknown, string[], 'versionchange'>,
  oldVersion: number,
  newVersion: number,
): Promise<void> {
  for (let version = oldVersion; version < newVersion; version++) {
    const migrate = migrations[version];
    if (!migrate) throw new Error(`No migration from database version ${version}.`);
    const pending = migrate(db, tx);
    if (pending) await pending;
  }
}
