import { randomUUID } from 'node:crypto';
import { createConversationRegistry } from './avatar/conversation-registry.ts';
import { conversationScripts } from './avatar/conversation-scripts.ts';
import { createSharedConversationRegistry } from './avatar/redis-conversation-registry.ts';
import { SnapshotMemoryStore } from './http/rate-limit.ts';
import type { SharedStore } from './shared-store.ts';
import { FallbackRateLimitStore } from './store/fallback-rate-limit-store.ts';
import { connectRedis } from './store/redis-connection.ts';
import { redisRateLimitStore } from './store/redis-rate-limit-store.ts';
import { createRedisHealth } from './store/store-health.ts';

// The shared store of a fleet: one Redis connection per instance carrying the rate-limit
// counters and the conversation registry, with this instance's memory standing in while Redis
// is away (see store/store-health.ts).

export interface RedisStoreOptions {
  url: string;
  log: (line: string) => void;
  /** Keeps several deployments (or test runs) in one Redis apart. */
  keyPrefix?: string;
  /** How often the lease holder looks for conversations past their deadline. */
  sweepIntervalMs?: number;
}

export const DEFAULT_KEY_PREFIX = 'mockingbird:';

export function redisSharedStore(options: RedisStoreOptions): SharedStore {
  const health = createRedisHealth(options.log);
  const redis = connectRedis(options.url, health);
  const prefix = options.keyPrefix ?? DEFAULT_KEY_PREFIX;
  return {
    rateLimitStore: () =>
      new FallbackRateLimitStore(redisRateLimitStore(redis, `${prefix}rl:`), new SnapshotMemoryStore(), health),
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
