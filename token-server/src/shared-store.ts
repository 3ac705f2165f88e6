import { randomUUID } from 'node:crypto';
import type { Store } from 'hono-rate-limiter';
import { createConversationRegistry, type ConversationRegistry } from './avatar/conversation-registry.ts';
import { conversationScripts } from './avatar/conversation-scripts.ts';
import { createSharedConversationRegistry } from './avatar/redis-conversation-registry.ts';
import { SnapshotMemoryStore } from './http/rate-limit.ts';
import { FallbackRateLimitStore } from './store/fallback-rate-limit-store.ts';
import { connectRedis } from './store/redis-connection.ts';
import { redisRateLimitStore } from './store/redis-rate-limit-store.ts';
import { createRedisHealth, memoryOnlyHealth, type StoreReport } from './store/store-health.ts';

// Where an instance keeps what must be shared when several run behind one load balancer: the
// rate-limit counters and the registry of open avatar conversations. Without REDIS_URL both
// stay in memory, exactly as a single `npm start` needs; with it, both live in Redis.

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

export interface RedisStoreOptions {
  url: string;
  log: (line: string) => void;
  /** Keeps several deployments (or test runs) in one Redis apart. */
  keyPrefix?: string;
  /** How often the lease holder looks for conversations past their deadline. */
  sweepIntervalMs?: number;
}

export const DEFAULT_KEY_PREFIX = 'mockingbird:';

export function memorySharedStore(): SharedStore {
  return {
    rateLimitStore: () => new SnapshotMemoryStore(),
    conversationRegistry: (needs) => createConversationRegistry(needs),
    report: () => memoryOnlyHealth.report(),
    close: () => Promise.resolve(),
  };
}

export function redisSharedStore(options: RedisStoreOptions): SharedStore {
  const health = createRedisHealth(options.log);
  const redis = connectRedis(options.url, health);
  const prefix = options.keyPrefix ?? DEFAULT_KEY_PREFIX;
  return {
    rateLimitStore: () => new FallbackRateLimitStore(redisRateLimitStore(redis, `${prefix}rl:`), new SnapshotMemoryStore(), health),
    conversationRegistry: (needs) =>
      createSharedConversationRegistry({
        ...needs,
        scripts: conversationScripts(redis, `${prefix}conv:`),
        health,
        local: createConversationRegistry(needs),
        owner: randomUUID(),
        sweepIntervalMs: options.sweepIntervalMs,
      }),
    report: () => health.report(),
    close: async () => {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
