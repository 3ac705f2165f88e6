import { messageOf, type StoreHealth } from '../store/store-health.ts';
import type { ConversationRegistry, MemoryConversationRegistry } from './conversation-registry.ts';
import type { ConversationScripts } from './conversation-scripts.ts';
import { startSweeper } from './conversation-sweeper.ts';

// The registry of open Tavus conversations, shared by every instance through Redis: any
// instance can end a conversation another created, and when an instance dies the others' sweeper
// ends its conversations at their deadline. Each end is claimed first, so a conversation is
// ended once however many instances (or tabs, or sweeps) ask at the same moment.
//
// While Redis is down nothing is lost: a conversation created then is kept in this instance's
// memory registry, which ends it at its deadline or at shutdown like a single server would; an
// end asked for then is remembered and carried out when Redis returns.

export interface SharedRegistryOptions {
  scripts: ConversationScripts;
  health: StoreHealth;
  /** This instance's memory registry, for conversations created while Redis is down. */
  local: MemoryConversationRegistry;
  /** Ends one conversation upstream (with its own deadline). */
  endConversation: (conversationId: string) => Promise<void>;
  /** Unique per instance: it names claims and the sweeper lease. */
  owner: string;
  sweepIntervalMs?: number;
  /** How long a claim holds: longer than one upstream end call may take. */
  claimMs?: number;
  retryDelayMs?: number;
  maxAttempts?: number;
  log?: (line: string) => void;
}

export interface SharedConversationRegistry extends ConversationRegistry {
  /** Stops the sweeper (tests; shutdown goes through endAll). */
  stop(): void;
}

export function createSharedConversationRegistry(options: SharedRegistryOptions): SharedConversationRegistry {
  const { scripts, health, local, owner } = options;
  const log = options.log ?? (() => undefined);
  const claimMs = options.claimMs ?? 30_000;
  const retryDelayMs = options.retryDelayMs ?? 30_000;
  const maxAttempts = options.maxAttempts ?? 5;
  const pendingEnds = new Set<string>();
  const inFlight = new Map<string, Promise<void>>();

  async function recordFailure(id: string): Promise<void> {
    const attempts = await scripts.failed(id, retryDelayMs, maxAttempts);
    log(
      attempts < 0
        ? `avatar: gave up ending conversation ${id} after ${-attempts} attempts`
        : `avatar: could not end conversation ${id}; trying again in ${Math.round(retryDelayMs / 1000)} s`,
    );
  }

  /** Ends a conversation this instance holds the claim for; rejects when the end failed. */
  async function endClaimed(id: string): Promise<void> {
    try {
      await options.endConversation(id);
    } catch (err) {
      await recordFailure(id).catch((e: unknown) => health.markDown(messageOf(e)));
      throw err;
    }
    // If this write is lost the claim expires and the sweeper ends it again at its deadline.
    await scripts.finish(id).catch((e: unknown) => health.markDown(messageOf(e)));
  }

  async function endShared(id: string, onlyIfDue: boolean): Promise<void> {
    if (!health.usable()) {
      pendingEnds.add(id);
      return;
    }
    let claimed: boolean;
    try {
      claimed = await scripts.claim(id, owner, claimMs, onlyIfDue);
    } catch (err) {
      health.markDown(messageOf(err));
      pendingEnds.add(id);
      return;
    }
    if (claimed) await endClaimed(id);
  }

  /** One end per id at a time in this instance (a claim held by this owner is re-entrant). */
  function endOnce(id: string, onlyIfDue: boolean): Promise<void> {
    const running = inFlight.get(id);
    if (running) return running;
    const ending = endShared(id, onlyIfDue).finally(() => inFlight.delete(id));
    inFlight.set(id, ending);
    return ending;
  }

  health.onRecover(() => {
    const ids = [...pendingEnds];
    pendingEnds.clear();
    for (const id of ids) endOnce(id, false).catch(() => undefined); // failures are recorded and retried
  });

  const stopSweeper = startSweeper({
    scripts,
    owner,
    usable: () => health.usable(),
    intervalMs: options.sweepIntervalMs ?? 5_000,
    endDue: (id) => endOnce(id, true).catch(() => undefined),
    onError: (err) => health.markDown(messageOf(err)),
  });

  return {
    async remember(id, lifetimeMs) {
      if (health.usable()) {
        try {
          await scripts.remember(id, lifetimeMs);
          return;
        } catch (err) {
          health.markDown(messageOf(err));
        }
      }
      local.remember(id, lifetimeMs);
    },
    end: (id) => (local.has(id) ? local.end(id) : endOnce(id, false)),
    // Conversations in Redis are the fleet's: another instance, or this one after a restart,
    // ends them at their deadline. Only those kept locally during an outage die with us.
    async endAll() {
      stopSweeper();
      await local.endAll();
    },
    openIds: () => local.openIds(),
    get size() {
      return local.size;
    },
    stop: stopSweeper,
  };
}
