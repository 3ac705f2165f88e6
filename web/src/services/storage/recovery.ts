import type { InterviewRecord } from '../../lib/interview';
import type { Store } from './types';

// An interview is 'live' in storage from its first turn until it ends. If the tab crashes or
// is closed, it stays 'live' forever; at app start such interviews become 'unfinished' so
// history shows them with their transcript and they can still get a report. The live room
// holds a Web Lock named after its interview for as long as it runs, so recovery in one tab
// never touches an interview that is still running in another. A page that has just been
// reloaded or closed still holds its lock for a moment while it unloads, so a recovery run then
// misses it; History waits on the lock (whenNoTabRuns) and runs recovery again.

const LOCK_PREFIX = 'mockingbird-live-interview:';

/** The part of navigator.locks recovery uses (a fake in tests: fake-locks.ts). */
export interface LockRegistry {
  request(name: string, options: { signal?: AbortSignal }, callback: () => Promise<void>): Promise<unknown>;
  query(): Promise<{ held?: { name?: string }[] }>;
}

/** navigator.locks, or null where the browser has none (old Safari, insecure contexts). */
function browserLocks(): LockRegistry | null {
  return typeof navigator !== 'undefined' && navigator.locks ? navigator.locks : null;
}

/** The record as recovery leaves it: it ends where its last saved turn ends. */
export function asUnfinished(record: InterviewRecord, lastTurnEndMs: number | undefined): InterviewRecord {
  return { ...record, status: 'unfinished', durationMs: lastTurnEndMs ?? record.durationMs ?? 0 };
}

/**
 * Marks this tab as running `interviewId` until the returned function is called (or the tab
 * goes away, which is what makes a crash detectable). Without Web Locks it does nothing.
 */
export function holdLiveInterviewLock(interviewId: string, locks: LockRegistry | null = browserLocks()): () => void {
  let release = (): void => undefined;
  if (!locks) return release;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  locks.request(LOCK_PREFIX + interviewId, {}, () => released).catch(() => undefined);
  return release;
}

/** Interviews some tab of this browser is running right now. */
export async function interviewsRunningInTabs(locks: LockRegistry | null = browserLocks()): Promise<string[]> {
  if (!locks) return [];
  const { held = [] } = await locks.query();
  return held.flatMap(({ name }) => (name?.startsWith(LOCK_PREFIX) ? [name.slice(LOCK_PREFIX.length)] : []));
}

/**
 * Resolves true once no tab holds `interviewId`'s lock: at once when none does, else when the
 * tab running it ends it, closes or crashes. False when `signal` aborts first, and at once
 * without Web Locks, where nothing tells a crashed interview from a running one.
 */
export async function whenNoTabRuns(
  interviewId: string,
  signal: AbortSignal,
  locks: LockRegistry | null = browserLocks(),
): Promise<boolean> {
  if (!locks) return false;
  // Being granted the lock is the news that no tab holds it; the empty callback lets go at once,
  // so a tab resuming the interview waits no longer than that.
  return locks
    .request(LOCK_PREFIX + interviewId, { signal }, () => Promise.resolve())
    .then(
      () => true,
      () => false,
    );
}

/**
 * Run at app start, and by History once a 'live' row's lock is free. `openHere` is any
 * interview this tab is about to resume. Leaves alone every interview a tab holds when it asks.
 * Returns the ids that became 'unfinished'. Without Web Locks an interview running in another
 * tab could be marked too; that tab sets it 'ended' when it finishes, so the mark is only ever
 * temporary.
 */
export async function recoverUnfinishedInterviews(
  store: Pick<Store, 'markStaleLiveAsUnfinished'>,
  openHere: readonly string[] = [],
  locks: LockRegistry | null = browserLocks(),
): Promise<string[]> {
  const running = await interviewsRunningInTabs(locks).catch((): string[] => []);
  return store.markStaleLiveAsUnfinished([...openHere, ...running]);
}
