// Every Tavus conversation this server created, until it is ended. A conversation is billed
// and holds a concurrency slot from creation until it ends, and a closed laptop lid sends no
// goodbye: so the server ends each one itself when its time is up, again if ending failed,
// and all of them on shutdown. Ending is idempotent: ending an unknown or already-ended
// conversation does nothing, and two concurrent ends share one upstream call.

export type CancelTimer = () => void;
/** Runs `fn` after `ms`; returns a function that cancels it. Injected so tests drive time. */
export type SetTimer = (fn: () => void, ms: number) => CancelTimer;

export interface RegistryOptions {
  /** Ends one conversation upstream (with its own deadline). */
  endConversation: (conversationId: string) => Promise<void>;
  setTimer?: SetTimer;
  log?: (line: string) => void;
  /** Wait before trying again after a failed end. */
  retryDelayMs?: number;
  /** Give up after this many failed ends; Tavus's own max_call_duration still ends the call. */
  maxAttempts?: number;
}

/**
 * What the avatar routes and shutdown need. Two implementations: this file's, in memory, for
 * one instance; and redis-conversation-registry.ts, shared by every instance using one Redis.
 */
export interface ConversationRegistry {
  /** Starts tracking a conversation that must be ended within `lifetimeMs`. */
  remember(conversationId: string, lifetimeMs: number): Promise<void> | void;
  /** The conversations endAll() would end, for the shutdown log. */
  openIds(): readonly string[];
  /** Ends a known conversation; resolves at once for one this server does not know. */
  end(conversationId: string): Promise<void>;
  /** Ends what only this instance would ever end (shutdown). Never rejects. */
  endAll(): Promise<void>;
  /** How many conversations endAll() would end. */
  readonly size: number;
}

export interface MemoryConversationRegistry extends ConversationRegistry {
  remember(conversationId: string, lifetimeMs: number): void;
  has(conversationId: string): boolean;
}

interface Entry {
  cancelTimer: CancelTimer;
  attempts: number;
  ending?: Promise<void>;
}

/** Timers that do not keep the process alive on their own. */
export const realSetTimer: SetTimer = (fn, ms) => {
  const handle = setTimeout(fn, ms);
  handle.unref();
  return () => clearTimeout(handle);
};

export function createConversationRegistry(options: RegistryOptions): MemoryConversationRegistry {
  const setTimer = options.setTimer ?? realSetTimer;
  const log = options.log ?? (() => undefined);
  const retryDelayMs = options.retryDelayMs ?? 30_000;
  const maxAttempts = options.maxAttempts ?? 5;
  const open = new Map<string, Entry>();

  function endInBackground(id: string): void {
    end(id).catch(() => undefined); // end() already logged it and scheduled a retry
  }

  function end(id: string): Promise<void> {
    const entry = open.get(id);
    if (!entry) return Promise.resolve();
    entry.cancelTimer();
    entry.ending ??= options.endConversation(id).then(
      () => {
        open.delete(id);
      },
      (err: unknown) => {
        entry.ending = undefined;
        entry.attempts += 1;
        if (entry.attempts >= maxAttempts) {
          open.delete(id);
          log(`avatar: gave up ending conversation ${id} after ${entry.attempts} attempts`);
        } else {
          entry.cancelTimer = setTimer(() => endInBackground(id), retryDelayMs);
          log(`avatar: could not end conversation ${id}; trying again in ${Math.round(retryDelayMs / 1000)} s`);
        }
        throw err;
      },
    );
    return entry.ending;
  }

  return {
    remember(id, lifetimeMs) {
      open.get(id)?.cancelTimer();
      open.set(id, { cancelTimer: setTimer(() => endInBackground(id), lifetimeMs), attempts: 0 });
    },
    has: (id) => open.has(id),
    openIds: () => [...open.keys()],
    end,
    async endAll() {
      await Promise.allSettled([...open.keys()].map((id) => end(id)));
    },
    get size() {
      return open.size;
    },
  };
}
