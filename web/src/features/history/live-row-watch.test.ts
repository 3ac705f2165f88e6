import { createRoot } from 'solid-js';
import { describe, expect, it } from 'vitest';
import { createFakeLocks, type FakeLocks } from '../../services/storage/fake-locks';
import { createMemoryStore } from '../../services/storage/memory-store';
import { holdLiveInterviewLock } from '../../services/storage/recovery';
import { makeInterview, makeTurn } from '../../services/storage/test-fixtures';
import type { Store } from '../../services/storage/types';
import { createHistory, type HistoryState } from './create-history';

// History and the Web Locks of the other tabs (a strict fake, services/storage/fake-locks.ts):
// a row shown 'live' becomes 'unfinished' once no tab runs its interview, never before.

interface Opened {
  history: HistoryState;
  close: () => void;
  /** What each recovery History ran marked as unfinished, in order. */
  marked: string[][];
}

interface OpenedWhileHeld extends Opened {
  store: Store;
  locks: FakeLocks;
  /** The page holding the interview lets go (it unloads). */
  unload: () => void;
}

async function cutOffInterview(): Promise<Store> {
  const store = createMemoryStore();
  await store.createInterview(makeInterview('cut-off', 1_000, 'live'));
  await store.putTurn('cut-off', makeTurn(0));
  await store.putTurn('cut-off', makeTurn(1));
  return store;
}

function openHistory(store: Store, locks: FakeLocks): Opened {
  const marked: string[][] = [];
  const mark = store.markStaleLiveAsUnfinished.bind(store);
  store.markStaleLiveAsUnfinished = async (keepLive) => {
    const ids = await mark(keepLive);
    marked.push(ids);
    return ids;
  };
  return createRoot((close) => ({ history: createHistory(store, locks), close, marked }));
}

function rowStatus(history: HistoryState): string | undefined {
  const data = history.data();
  return data.status === 'ready' ? data.rows.find((row) => row.id === 'cut-off')?.status : undefined;
}

/** History opens while another page (the reloaded room, still unloading) holds the interview. */
async function openWhileHeld(): Promise<OpenedWhileHeld> {
  const store = await cutOffInterview();
  const locks = createFakeLocks();
  const unload = holdLiveInterviewLock('cut-off', locks);
  const opened = openHistory(store, locks);
  await expect.poll(() => locks.pending()).toEqual([expect.stringContaining('cut-off')]);
  return { ...opened, store, locks, unload };
}

const storedStatus = async (store: Store) => (await store.getInterview('cut-off'))?.status;
/** Lets every queued promise and task run; asserts nothing about time. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('History rows of interviews that may still be running', () => {
  it('shows an interview as unfinished once the page that ran it lets go, and not before', async () => {
    const { history, marked, store, locks, unload } = await openWhileHeld();
    expect(rowStatus(history)).toBe('live');
    expect(marked).toEqual([]);

    unload();
    await expect.poll(() => rowStatus(history)).toBe('unfinished');
    expect(marked).toEqual([['cut-off']]);
    // It ends where its last saved turn ends (makeTurn(1) ends at 18 s).
    expect((await store.getInterview('cut-off'))?.durationMs).toBe(18_000);
    expect(locks.pending()).toEqual([]);
  });

  it('shows as unfinished a live row that no tab holds at all (read before recovery at app start wrote)', async () => {
    const store = await cutOffInterview();
    const { history } = openHistory(store, createFakeLocks());
    await expect.poll(() => rowStatus(history)).toBe('unfinished');
    expect(await storedStatus(store)).toBe('unfinished');
  });

  it('leaves the row live while a tab resuming the interview holds it, and marks it once that tab lets go', async () => {
    const { history, marked, store, locks, unload } = await openWhileHeld();
    // A tab resumes the interview: its request waits behind History's.
    const resumed = holdLiveInterviewLock('cut-off', locks);
    expect(locks.pending()).toHaveLength(2);

    unload();
    // History learns the lock was free, but by the time its recovery asks, the resuming tab holds
    // it: nothing is marked, and History waits again, now behind that tab.
    await expect.poll(() => [marked.length, locks.pending().length]).toEqual([1, 1]);
    expect(marked).toEqual([[]]);
    expect(await storedStatus(store)).toBe('live');
    expect(rowStatus(history)).toBe('live');

    resumed();
    await expect.poll(() => rowStatus(history)).toBe('unfinished');
    expect(marked).toEqual([[], ['cut-off']]);
  });

  it('stops waiting when History closes', async () => {
    const { close, marked, store, locks, unload } = await openWhileHeld();
    close();
    expect(locks.pending()).toEqual([]);
    unload();
    await settle();
    expect(marked).toEqual([]);
    expect(await storedStatus(store)).toBe('live');
  });
});
