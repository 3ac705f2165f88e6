// Waits for a moment when the model is not mid-reply, so a connection switch does not cut a
// sentence in half. A deadline bounds the wait: the old connection is closing regardless.

import type { Clock } from '../../lib/clock';

export interface QuietGate {
  setBusy(busy: boolean): void;
  /** Resolves when the model is quiet, at `deadline` (clock time), on abort, or once `stillWaiting` says no. */
  whenQuiet(deadline: number, signal: AbortSignal, stillWaiting: () => boolean): Promise<void>;
}

export function createQuietGate(clock: Clock): QuietGate {
  let busy = false;
  const waiters = new Set<() => void>();

  return {
    setBusy(next) {
      busy = next;
      if (!busy) [...waiters].forEach((wake) => wake());
    },
    whenQuiet(deadline, signal, stillWaiting) {
      return new Promise((resolve) => {
        if (!busy || signal.aborted || !stillWaiting() || clock.now() >= deadline) return resolve();
        const timer = clock.setTimeout(done, deadline - clock.now());
        signal.addEventListener('abort', done, { once: true });
        waiters.add(done);
        function done() {
          clock.clearTimeout(timer);
          signal.removeEventListener('abort', done);
          waiters.delete(done);
          resolve();
        }
      });
    },
  };
}
