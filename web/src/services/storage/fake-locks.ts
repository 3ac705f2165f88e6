// Web Locks as every tab of one browser shares them, for tests. As strict as the real ones in
// what Mockingbird uses (exclusive locks; https://w3c.github.io/web-locks/ "request a lock",
// "release a lock"): a lock is held until its callback's promise settles; requests for a held name
// wait in the order they were made, and the next one is granted as the holder lets go, before
// anyone else can take the name; a waiting request whose signal aborts rejects with the signal's
// reason (an AbortError unless given one) and is never granted; an aborted signal rejects at once.
import type { LockRegistry } from './recovery';

export interface FakeLocks extends LockRegistry {
  /** Names requested and still waiting, oldest first (the real query() lists them too). */
  pending(): string[];
}

const abortReason = (signal: AbortSignal): Error =>
  signal.reason instanceof Error ? signal.reason : new DOMException('The lock request was aborted.', 'AbortError');

export function createFakeLocks(): FakeLocks {
  const held = new Set<string>();
  const waiting: { name: string; grant: () => void }[] = [];

  // The lock passes straight to the oldest waiter for it, so no request made meanwhile slips in.
  function release(name: string): void {
    const next = waiting.findIndex((w) => w.name === name);
    if (next < 0) held.delete(name);
    else waiting.splice(next, 1)[0]?.grant();
  }

  // Without a signal of its own, a request waits on one that never aborts.
  function waitFor(name: string, signal = new AbortController().signal): Promise<void> {
    return new Promise((resolve, reject) => {
      const waiter = {
        name,
        grant: () => {
          signal.removeEventListener('abort', onAbort);
          resolve();
        },
      };
      const onAbort = () => {
        waiting.splice(waiting.indexOf(waiter), 1);
        reject(abortReason(signal));
      };
      waiting.push(waiter);
      signal.addEventListener('abort', onAbort, { once: true });
    });
  }

  return {
    async request(name, { signal }, callback) {
      if (signal?.aborted) throw abortReason(signal);
      if (held.has(name)) await waitFor(name, signal);
      else held.add(name);
      try {
        return await callback();
      } finally {
        release(name);
      }
    },
    query: () => Promise.resolve({ held: [...held].map((name) => ({ name })) }),
    pending: () => waiting.map((w) => w.name),
  };
}
