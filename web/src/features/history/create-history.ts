// History's state: the list, deleting one interview with undo, and deleting everything. Undo
// keeps the deleted interview's whole bundle (turns, report, recording) in memory and puts it
// back through importSnapshot, which adds without overwriting. A row shown 'live' is watched
// until no tab runs its interview (live-row-watch.ts).
import { createSignal, onCleanup, type Accessor } from 'solid-js';
import { recoverUnfinishedInterviews, whenNoTabRuns, type LockRegistry } from '../../services/storage/recovery';
import type { InterviewBundle, Store } from '../../services/storage/types';
import type { HistoryRow } from './history-rows';
import { sortHistoryRecords, type DamagedRecord } from './history-records';
import { makeLiveRowWatch } from './live-row-watch';

export type HistoryData =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  /** `damaged`: stored interviews that cannot be shown, listed so they can be deleted. */
  | { status: 'ready'; rows: HistoryRow[]; damaged: DamagedRecord[] };

export interface Announcement {
  text: string;
  tone: 'info' | 'error';
}

export interface HistoryState {
  data: Accessor<HistoryData>;
  /** The interview that can still be brought back, if any. */
  undoable: Accessor<{ topic: string } | undefined>;
  announcement: Accessor<Announcement | undefined>;
  announce(announcement: Announcement): void;
  refresh(): Promise<void>;
  deleteOne(row: HistoryRow): Promise<boolean>;
  /** Deletes a damaged interview; it cannot be brought back, since it could not be read. */
  deleteDamaged(id: string): Promise<boolean>;
  undo(): Promise<void>;
  deleteAll(): Promise<boolean>;
}

const READ_ERROR = 'Your history could not be read from this device’s storage. Reload the page to try again.';
const storeMessage = (err: unknown, fallback: string): string =>
  err instanceof Error && err.message ? err.message : fallback;

/** `locks`: the browser's Web Locks unless a test passes its own. */
export function createHistory(store: Store, locks?: LockRegistry | null): HistoryState {
  const [data, setData] = createSignal<HistoryData>({ status: 'loading' });
  const [pending, setPending] = createSignal<{ bundle: InterviewBundle; topic: string }>();
  const [announcement, announce] = createSignal<Announcement>();
  const liveRows = makeLiveRowWatch({
    whenNoTabRuns: (id, signal) => whenNoTabRuns(id, signal, locks),
    recover: () => recoverUnfinishedInterviews(store, [], locks),
    refresh,
  });
  onCleanup(() => liveRows.stop());

  async function refresh(): Promise<void> {
    try {
      const [interviews, reports] = await Promise.all([store.listInterviews(), store.listReports()]);
      const sorted = sortHistoryRecords(interviews, reports);
      setData({ status: 'ready', ...sorted });
      liveRows.show(sorted.rows.flatMap((row) => (row.status === 'live' ? [row.id] : [])));
    } catch {
      setData({ status: 'error', message: READ_ERROR });
    }
  }

  async function deleteOne(row: HistoryRow): Promise<boolean> {
    try {
      const bundle = await store.getInterviewBundle(row.id);
      await store.deleteInterview(row.id);
      setPending(bundle ? { bundle, topic: row.topic } : undefined);
      announce({ text: `Deleted the interview “${row.topic}”.`, tone: 'info' });
      await refresh();
      return true;
    } catch (err) {
      announce({
        text: `The interview could not be deleted: ${storeMessage(err, 'storage refused.')} Try again.`,
        tone: 'error',
      });
      return false;
    }
  }

  async function deleteDamaged(id: string): Promise<boolean> {
    try {
      await store.deleteInterview(id);
      announce({ text: 'Deleted the damaged interview record.', tone: 'info' });
      await refresh();
      return true;
    } catch (err) {
      announce({
        text: `The damaged record could not be deleted: ${storeMessage(err, 'storage refused.')} Try again, or use Delete all.`,
        tone: 'error',
      });
      return false;
    }
  }

  async function undo(): Promise<void> {
    const deleted = pending();
    if (!deleted) return;
    try {
      await store.importSnapshot({ interviews: [deleted.bundle], prepPacks: [] });
      setPending(undefined);
      announce({ text: `Restored the interview “${deleted.topic}”.`, tone: 'info' });
      await refresh();
    } catch (err) {
      announce({
        text: `The interview could not be restored: ${storeMessage(err, 'storage refused.')} Try Undo again.`,
        tone: 'error',
      });
    }
  }

  async function deleteAll(): Promise<boolean> {
    try {
      await store.deleteAllInterviews();
      setPending(undefined);
      announce({ text: 'Deleted every interview on this device.', tone: 'info' });
      await refresh();
      return true;
    } catch (err) {
      announce({
        text: `Your interviews could not be deleted: ${storeMessage(err, 'storage refused.')} Try again.`,
        tone: 'error',
      });
      return false;
    }
  }

  void refresh();
  return {
    data,
    undoable: () => {
      const deleted = pending();
      return deleted ? { topic: deleted.topic } : undefined;
    },
    announcement,
    announce,
    refresh,
    deleteOne,
    deleteDamaged,
    undo,
    deleteAll,
  };
}
