import { createRoot } from 'solid-js';
import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../services/storage/memory-store';
import { makeInterview, makeRecording, makeReport, makeTurn } from '../../services/storage/test-fixtures';
import { StoreError, type Store } from '../../services/storage/types';
import { createHistory, type HistoryState } from './create-history';

async function seeded(): Promise<Store> {
  const store = createMemoryStore();
  await store.createInterview(makeInterview('a', 1_000));
  await store.createInterview(makeInterview('b', 2_000));
  await store.putTurn('a', makeTurn(0));
  await store.putTurn('a', makeTurn(1));
  await store.putReport(makeReport('a', 66));
  await store.putRecording(makeRecording('a', 'opus'));
  return store;
}

async function open(store: Store): Promise<HistoryState> {
  const history = createRoot(() => createHistory(store));
  await expect.poll(() => history.data().status).toBe('ready');
  return history;
}

const ids = (h: HistoryState) => {
  const data = h.data();
  return data.status === 'ready' ? data.rows.map((r) => r.id) : [];
};

describe('createHistory', () => {
  it('lists interviews newest first with their scores', async () => {
    const history = await open(await seeded());
    const data = history.data();
    expect(data.status === 'ready' && data.rows.map((r) => [r.id, r.score])).toEqual([
      ['b', undefined],
      ['a', 66],
    ]);
  });

  it('deletes one interview and brings it back whole with Undo', async () => {
    const store = await seeded();
    const history = await open(store);
    expect(
      await history.deleteOne({
        id: 'a',
        topic: 'System design',
        level: 'Intermediate',
        createdAt: 1_000,
        status: 'ended',
      }),
    ).toBe(true);
    expect(ids(history)).toEqual(['b']);
    expect(history.undoable()).toEqual({ topic: 'System design' });
    expect(history.announcement()?.text).toMatch(/Deleted the interview/);

    await history.undo();
    expect(ids(history)).toEqual(['b', 'a']);
    expect(history.undoable()).toBeUndefined();
    expect(await store.listTurns('a')).toHaveLength(2);
    expect((await store.getReport('a'))?.report.overallScore).toBe(66);
    expect(await (await store.getRecording('a'))?.blob.text()).toBe('opus');
  });

  it('deletes everything and offers no undo for it', async () => {
    const store = await seeded();
    const history = await open(store);
    expect(await history.deleteAll()).toBe(true);
    expect(ids(history)).toEqual([]);
    expect(history.undoable()).toBeUndefined();
    expect(await store.listReports()).toEqual([]);
  });

  it('explains a delete the storage refused and keeps the row', async () => {
    const store = await seeded();
    store.deleteInterview = () =>
      Promise.reject(new StoreError('unavailable', 'This browser stopped letting Mockingbird save data.'));
    const history = await open(store);
    expect(
      await history.deleteOne({
        id: 'a',
        topic: 'System design',
        level: 'Intermediate',
        createdAt: 1_000,
        status: 'ended',
      }),
    ).toBe(false);
    expect(history.announcement()).toEqual({
      tone: 'error',
      text: 'The interview could not be deleted: This browser stopped letting Mockingbird save data. Try again.',
    });
    expect(ids(history)).toEqual(['b', 'a']);
  });
});
