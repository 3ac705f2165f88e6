import type { Store } from 'hono-rate-limiter';
import { createConversationRegistry, type ConversationRegistry } from './avatar/conversation-registry.ts';
import { SnapshotMemoryStore } from './http/rate-limit.ts';
import { memoryOnlyHealth, type StoreReport } from './store/store-health.ts';

// Where an instance keeps what must be shared when several run behind one load balancer: the
// rate-limit counters and the registry of open avatar conversations. Without REDIS_URL both
// stay in memory, exactly as a single `npm start` needs; with it, both live in Redis
// (redis-shared-store.ts, kept apart so the app itself never loads a TCP client: createApp stays
// plain Hono for runtimes that have their own stores).

export interface RegistryNeeds {
  endConversation: (conversationId: string) => Promise<void>;
  log: (line: string) => void;
}

export interface SharedStore {
  /** A fresh store for one rate limiter. */
  rateLimitStore(): Store;
  conversationRegistry(needs: RegistryNeeds): ConversationRegistry;
  /** What /api/health says about the store. */
  report(): StoreReport;
  /** Closes the connection (after endAll on shutdown). */
  close(): Promise<void>;
}

export function memorySharedStore(): SharedStore {
  return {
    rateLimitStore: () => new SnapshotMemoryStore(),
    conversationRegistry: (needs) => createConversationRegistry(needs),
    report: () => memoryOnlyHealth.report(),
    close: () => Promise.resolve(),
  };
}
