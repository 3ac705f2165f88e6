import { createRoot } from 'solid-js';
import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../services/storage/memory-store';
import { makeInterview, makeReport } from '../../services/storage/test-fixtures';
import type { Store } from '../../services/storage/types';
import { exportEverything } from './backup-actions';
import { createHistory, type HistoryState } from './create-history';
import { sortHistoryRecords } from './history-records';

// One stored interview with an out-of-range date (from a hostile backup imported by an older
// version, or an edited database) used to leave History on "Opening your history…" with
// Export and Delete all gone. It must be listed as damaged while everything else still works.

const BEYOND_DATE = 8.64e15 + 1;

async function storeWithOneDamaged(): Promise<Store> {
  const store = createMemoryStore();
  await store.createInterview(makeInterview('good', 1_700_000_000_000));
  await store.putReport(makeReport('good', 70));
  await store.createInterview(makeInterview('bad-date', BEYOND_DATE));
  await store.createInterview(makeInterview('bad-report', 1_700_000_500_000));
  await store.putReport({ ...makeReport('bad-report'), createdAt: -5 });
  return store;
}

async function open(store: Store): Promise<HistoryState> {
  const history = createRoot(() => createHistory(store));
  await expect.poll(() => history.data().status).toBe('ready');
  return history;
}

describe('History with damaged records', () => {
  it('shows the readable interviews and lists the damaged ones by id', async () => {
    const data = (await open(await storeWithOneDamaged())).data();
    expect(data.status === 'ready' && data.rows.map((r) => [r.id, r.score])).toEqual([['good', 70]]);
    expect(data.status === 'ready' && data.damaged).toEqual([{ id: 'bad-report' }, { id: 'bad-date' }]);
  });

  it('deletes a damaged record on its own, leaving the rest', async () => {
    const store = await storeWithOneDamaged();
    const history = await open(store);
    expect(await history.deleteDamaged('bad-date')).toBe(true);
    expect((await store.listInterviews()).map((r) => r.id).sort()).toEqual(['bad-report', 'good']);
    expect(history.announcement()?.text).toBe('Deleted the damaged interview record.');
  });

  it('still deletes everything, damaged records included', async () => {
    const store = await storeWithOneDamaged();
    const history = await open(store);
    expect(await history.deleteAll()).toBe(true);
    expect(await store.listInterviews()).toEqual([]);
  });

  it('still exports everything, damaged records included, so nothing is lost', async () => {
    const store = await storeWithOneDamaged();
    let saved = '';
    const outcome = await exportEverything(store, (_name, text) => (saved = text), 1_700_000_000_000);
    expect(outcome).toEqual({ tone: 'info', text: expect.stringContaining('Exported 3 interviews') as string });
    expect(saved).toContain('"bad-date"');
  });

  it('counts a record with no id as damaged without crashing', () => {
    const sorted = sortHistoryRecords([{ createdAt: 'yesterday' }, null, 7], []);
    expect(sorted).toEqual({ rows: [], damaged: [{}, {}, {}] });
  });
});
