import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openIdbStore } from './idb-store';
import { describeStoreContract } from './store-contract';
import { describeStoreBulkContract } from './store-contract-bulk';
import { makeInterview, makeTurn } from './test-fixtures';
import { StoreError } from './types';

/** Each test gets a database of its own, deleted afterwards. */
async function openFresh(estimate?: () => Promise<{ usage?: number; quota?: number }>) {
  const name = `test-${crypto.randomUUID()}`;
  const { store, close } = await openIdbStore({
    name,
    estimate: estimate ?? (() => Promise.reject(new Error('no estimate'))),
  });
  const cleanup = () => {
    close();
    indexedDB.deleteDatabase(name);
  };
  return { store, cleanup, name };
}

describeStoreContract('IndexedDB store', openFresh);
describeStoreBulkContract('IndexedDB store', openFresh);

describe('IndexedDB store', () => {
  it('keeps interviews and turns across closing and reopening the database', async () => {
    const name = `test-${crypto.randomUUID()}`;
    const first = await openIdbStore({ name });
    await first.store.createInterview(makeInterview('a', 1));
    await first.store.putTurn('a', makeTurn(0));
    first.close();
    const second = await openIdbStore({ name });
    expect(second.store.kind).toBe('indexeddb');
    expect(await second.store.getInterview('a')).toEqual(makeInterview('a', 1));
    expect(await second.store.listTurns('a')).toEqual([makeTurn(0)]);
    second.close();
  });

  it('imports all or nothing: one bad record leaves the store as it was', async () => {
    const { store, cleanup } = await openFresh();
    const badTurn = { ...makeTurn(0), seq: Number.NaN };
    const attempt = store.importSnapshot({
      interviews: [
        { interview: makeInterview('good', 1), turns: [makeTurn(0)] },
        { interview: makeInterview('bad', 2), turns: [badTurn] },
      ],
      prepPacks: [],
    });
    await expect(attempt).rejects.toBeInstanceOf(StoreError);
    expect(await store.listInterviews()).toEqual([]);
    expect(await store.listTurns('good')).toEqual([]);
    cleanup();
  });

  it("reports the browser's own usage figure when it gives one", async () => {
    const { store, cleanup } = await openFresh(() => Promise.resolve({ usage: 1234, quota: 99_999 }));
    expect(await store.estimateUsage()).toEqual({ usedBytes: 1234, quotaBytes: 99_999, source: 'browser' });
    cleanup();
  });

  it('approximates usage from the stored values when the browser will not say', async () => {
    const { store, cleanup } = await openFresh();
    await store.createInterview(makeInterview('a', 1));
    await store.putTurn('a', makeTurn(0, 'y'.repeat(2000)));
    const usage = await store.estimateUsage();
    expect(usage.source).toBe('approximate');
    expect(usage.usedBytes).toBeGreaterThan(4000);
    cleanup();
  });
});
