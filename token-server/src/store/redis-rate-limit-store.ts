import { type RedisClient, RedisStore, type Store } from 'hono-rate-limiter';
import type { Redis } from 'ioredis';

// hono-rate-limiter ships its own RedisStore (the older @hono-rate-limiter/redis package was
// folded into it and pins hono-rate-limiter 0.2). It counts with Lua scripts (INCR, then
// PEXPIRE on a key's first hit) through a small client interface shaped like @upstash/redis;
// this adapter gives it ioredis. After a Redis restart the script cache is empty: the store
// reloads its script when EVALSHA fails, so no work is needed here.

function clientFor(redis: Redis): RedisClient {
  return {
    scriptLoad: async (script) => String(await redis.script('LOAD', script)),
    evalsha: <TArgs extends unknown[], TData = unknown>(sha1: string, keys: string[], args: TArgs): Promise<TData> =>
      redis.evalsha(sha1, keys.length, ...keys, ...args.map(String)) as Promise<TData>,
    decr: (key) => redis.decr(key),
    del: (key) => redis.del(key),
  };
}

/** Counts shared by every instance using this Redis; `prefix` keeps deployments and budgets apart. */
export function redisRateLimitStore(redis: Redis, prefix: string): Store {
  return new RedisStore({ client: clientFor(redis), prefix });
}
