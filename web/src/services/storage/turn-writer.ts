import type { Turn } from '../../lib/interview';
import { toStoreError } from './store-errors';
import type { Store, StoreError } from './types';

// The live room hands every finished turn to a TurnWriter and carries on talking. A turn stays
// in memory until the store confirms it, so a failed write (disk full, storage closed by
// another tab) loses nothing: the writer retries with growing pauses, and meanwhile `pending()`
// gives the unsaved turns to the "download your transcript" button.

export type TurnWriterState =
  | { status: 'saved' }
  | { status: 'saving'; pending: number }
  | { status: 'retrying'; pending: number; error: StoreError; retryInMs: number };

/** Runs `run` after `ms`; returns a function that cancels it. */
export type Schedule = (run: () => void, ms: number) => () => void;

export interface TurnWriterOptions {
  store: Pick<Store, 'putTurn'>;
  interviewId: string;
  /** Pause before each retry; the last one repeats. */
  retryDelaysMs?: readonly number[];
  onChange?: (state: TurnWriterState) => void;
  schedule?: Schedule;
}

export interface TurnWriter {
  /** Queues a turn (a newer version of a queued seq replaces it) and writes it as soon as it can. */
  write(turn: Turn): void;
  /** Turns not yet confirmed by the store, oldest first. */
  pending(): Turn[];
  state(): TurnWriterState;
  /** Tries every pending turn now: true once all are saved, false if the store still fails. */
  flush(): Promise<boolean>;
  /** Stops retrying (the page is leaving); pending turns stay readable. */
  dispose(): void;
}

export const DEFAULT_RETRY_DELAYS_MS = [500, 1000, 2000, 5000, 10_000] as const;

const timeoutSchedule: Schedule = (run, ms) => {
  const timer = setTimeout(run, ms);
  return () => clearTimeout(timer);
};

export function createTurnWriter(options: TurnWriterOptions): TurnWriter {
  const { store, interviewId, retryDelaysMs = DEFAULT_RETRY_DELAYS_MS, onChange, schedule = timeoutSchedule } = options;
  const queue: Turn[] = [];
  let draining = false;
  let disposed = false;
  let failures = 0;
  let lastError: StoreError | undefined;
  let retryInMs = 0;
  let cancelRetry: (() => void) | undefined;
  let flushWaiters: ((saved: boolean) => void)[] = [];

  const state = (): TurnWriterState => {
    if (queue.length === 0) return { status: 'saved' };
    if (lastError) return { status: 'retrying', pending: queue.length, error: lastError, retryInMs };
    return { status: 'saving', pending: queue.length };
  };
  const changed = (): void => onChange?.(state());
  const settleFlushes = (saved: boolean): void => {
    const waiters = flushWaiters;
    flushWaiters = [];
    for (const resolve of waiters) resolve(saved);
  };

  const scheduleRetry = (): void => {
    retryInMs = retryDelaysMs[Math.min(failures, retryDelaysMs.length) - 1] ?? 1000;
    cancelRetry = schedule(() => {
      cancelRetry = undefined;
      void drain();
    }, retryInMs);
  };

  /** Writes the queue head first, one at a time, so turns land in order. Never rejects. */
  async function drain(): Promise<void> {
    if (draining || disposed) return;
    draining = true;
    while (queue.length > 0) {
      const head = queue[0] as Turn;
      try {
        await store.putTurn(interviewId, head);
      } catch (err) {
        failures++;
        lastError = toStoreError(err, 'saved');
        draining = false;
        if (!disposed) scheduleRetry();
        changed();
        settleFlushes(false);
        return;
      }
      // If a newer version of this turn arrived meanwhile, it is still at the head: write it next.
      if (queue[0] === head) queue.shift();
      failures = 0;
      lastError = undefined;
      changed();
    }
    draining = false;
    settleFlushes(true);
  }

  return {
    write(turn) {
      const copy = { ...turn };
      const index = queue.findIndex((queued) => queued.seq === turn.seq);
      if (index >= 0) queue[index] = copy;
      else queue.push(copy);
      changed();
      // While a retry is scheduled the store is failing; the new turn waits for that retry.
      if (!cancelRetry) void drain();
    },
    pending: () => queue.map((turn) => ({ ...turn })),
    state,
    flush() {
      if (queue.length === 0 && !draining) return Promise.resolve(true);
      if (disposed) return Promise.resolve(false);
      const result = new Promise<boolean>((resolve) => flushWaiters.push(resolve));
      cancelRetry?.();
      cancelRetry = undefined;
      void drain();
      return result;
    },
    dispose() {
      disposed = true;
      cancelRetry?.();
      cancelRetry = undefined;
      settleFlushes(queue.length === 0);
    },
  };
}
