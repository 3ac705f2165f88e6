import 'fake-indexeddb/auto';
import { openDB, type IDBPDatabase } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { InterviewRecord } from '../../lib/interview';
import { createIdbStore } from './idb-store';
import { SCHEMA_SHAPE } from './idb-schema';
import { MIGRATIONS, type Migration } from './migrations';
import { openDatabase } from './open-database';
import { makeInterview, makeTurn } from './test-fixtures';
import { StoreError } from './types';

type Shape = Record<string, { keyPath: string | string[] | null; indexes: Record<string, string | string[]> }>;

/** What a database really contains: stores, key paths and indexes. */
function readShape(db: IDBPDatabase<unknown>): Shape {
  const names = [...db.objectStoreNames];
  const tx = db.transaction(names, 'readonly');
  const shape: Shape = {};
  for (const name of names) {
    const store = tx.objectStore(name);
    const indexes: Record<string, string | string[]> = {};
    for (const index of store.indexNames) indexes[index] = store.index(index).keyPath;
    shape[name] = { keyPath: store.keyPath, indexes };
  }
  return shape;
}

/** A later version as a future release might add it: a new index, backfilled from the data. */
const addTopicIndex: Migration = async (_db, tx) => {
  const interviews = tx.objectStore('interviews');
  interviews.createIndex('byTopic', 'topicKey');
  for (let cursor = await interviews.openCursor(); cursor; cursor = await cursor.continue()) {
    const record = cursor.value as InterviewRecord;
    await cursor.update({ ...record, topicKey: record.setup.topic.toLowerCase() });
  }
};

async function failureOf(opening: Promise<unknown>): Promise<StoreError> {
  const failure = await opening.then(
    () => undefined,
    (err: unknown) => err,
  );
  if (!(failure instanceof StoreError)) throw new Error(`expected a StoreError, got ${String(failure)}`);
  return failure;
}

const names: string[] = [];
const freshName = (): string => {
  const name = `migration-test-${crypto.randomUUID()}`;
  names.push(name);
  return name;
};
afterEach(() => {
  for (const name of names.splice(0)) indexedDB.deleteDatabase(name);
});

describe('database migrations', () => {
  it('builds every store and index of the schema when run from version 0', async () => {
    const db = await openDatabase({ name: freshName() });
    expect(db.version).toBe(MIGRATIONS.length);
    expect(readShape(db as unknown as IDBPDatabase<unknown>)).toEqual(SCHEMA_SHAPE);
    db.close();
  });

  it('upgrades a version 1 database with data to a later version, keeping and backfilling the data', async () => {
    const name = freshName();
    const v1 = await openDatabase({ name, migrations: MIGRATIONS.slice(0, 1) });
    const store = createIdbStore(v1);
    await store.createInterview(makeInterview('a', 1));
    await store.putTurn('a', makeTurn(0));
    v1.close();

    const v2 = await openDatabase({ name, migrations: [...MIGRATIONS.slice(0, 1), addTopicIndex] });
    expect(v2.version).toBe(2);
    const raw = v2 as unknown as IDBPDatabase<unknown>;
    expect(await raw.getAllFromIndex('interviews', 'byTopic', 'system design')).toHaveLength(1);
    expect(await createIdbStore(v2).listTurns('a')).toEqual([makeTurn(0)]);
    v2.close();
  });

  it('moves a recording stored whole by version 1 into chunk 0, with its facts', async () => {
    const name = freshName();
    const v1 = await openDatabase({ name, migrations: MIGRATIONS.slice(0, 1) });
    const raw = v1 as unknown as IDBPDatabase<unknown>;
    await raw.put('recordings', {
      interviewId: 'a',
      blob: new Blob(['old audio']),
      mimeType: 'audio/webm',
      createdAt: 7,
    });
    v1.close();

    const v2 = await openDatabase({ name, migrations: MIGRATIONS.slice(0, 2) });
    const recording = await createIdbStore(v2).getRecording('a');
    expect(recording).toMatchObject({
      interviewId: 'a',
      mimeType: 'audio/webm',
      createdAt: 7,
      bytes: 9,
      state: 'complete',
      turnOffsets: [],
    });
    expect(await recording?.blob.text()).toBe('old audio');
    v2.close();
  });

  it('leaves the database at its old version, data intact, when a migration fails', async () => {
    const name = freshName();
    const v1 = await openDatabase({ name, migrations: MIGRATIONS });
    await createIdbStore(v1).createInterview(makeInterview('a', 1));
    v1.close();

    const broken: Migration = () => {
      throw new Error('step failed');
    };
    await expect(openDatabase({ name, migrations: [...MIGRATIONS, broken] })).rejects.toBeInstanceOf(StoreError);
    const again = await openDatabase({ name, migrations: MIGRATIONS });
    expect(again.version).toBe(MIGRATIONS.length);
    expect(await createIdbStore(again).getInterview('a')).toEqual(makeInterview('a', 1));
    again.close();
  });

  it('explains a database written by a newer version of the app', async () => {
    const name = freshName();
    const newer = await openDatabase({ name, migrations: [...MIGRATIONS, () => undefined] });
    newer.close();
    const failure = await failureOf(openDatabase({ name }));
    expect(failure.reason).toBe('unavailable');
    expect(failure.message).toMatch(/newer version/);
  });

  it('gives up with a sentence when another tab keeps an older version open', async () => {
    const name = freshName();
    // A tab that ignores requests to close, so the upgrade stays blocked.
    const stubborn = await openDB(name, 1, { upgrade: (db, _old, _new, tx) => void MIGRATIONS[0]?.(db, tx) });
    const failure = await failureOf(
      openDatabase({ name, migrations: [...MIGRATIONS, () => undefined], blockedTimeoutMs: 20 }),
    );
    expect(failure.reason).toBe('unavailable');
    expect(failure.message).toMatch(/Close the other Mockingbird tabs/);
    stubborn.close();
  });

  it('steps aside when another tab upgrades, after which writes fail as unavailable', async () => {
    const name = freshName();
    const onClosed = vi.fn();
    const ours = await openDatabase({ name, onClosed });
    const upgrading = await openDB(name, MIGRATIONS.length + 1);
    expect(onClosed).toHaveBeenCalledWith('versionchange');
    await expect(createIdbStore(ours).putTurn('a', makeTurn(0))).rejects.toMatchObject({ reason: 'unavailable' });
    upgrading.close();
  });
});
