import type { Redis } from 'ioredis';

// The shared registry's Redis operations, each one atomic (a Lua script runs alone on the
// server). Time always comes from Redis's own clock (TIME), so instances whose clocks disagree
// still agree on which conversations are due.
//
// Keys: `{p}due` is a sorted set of conversation ids scored by the time (ms) they must be
// ended; `{p}attempts` counts failed ends per id; `{p}claim:{id}` marks an end in progress and
// expires, so an instance that dies mid-end leaves the conversation due for another.

const NOW_MS = `local t = redis.call('TIME') local now = t[1] * 1000 + math.floor(t[2] / 1000)`;

/** KEYS: due. ARGV: id, lifetimeMs. */
const REMEMBER = `${NOW_MS}
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[2]), ARGV[1])
return 1`;

/** KEYS: due. ARGV: limit. The ids whose time is up, oldest first. */
const DUE = `${NOW_MS}
return redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', now, 'LIMIT', 0, tonumber(ARGV[1]))`;

/**
 * KEYS: due, claim. ARGV: id, owner, claimMs, onlyIfDue. 1 when the caller may end it: the id is
 * registered (and due, for the sweeper) and no other instance is ending it right now. A claim
 * the caller already holds counts as its own: a claim sent to a Redis that hung is applied when
 * it wakes, after the caller gave up waiting for the answer, and must not lock out its retry.
 */
const CLAIM = `${NOW_MS}
local due = redis.call('ZSCORE', KEYS[1], ARGV[1])
if not due then return 0 end
if ARGV[4] == '1' and tonumber(due) > now then return 0 end
if redis.call('SET', KEYS[2], ARGV[2], 'NX', 'PX', tonumber(ARGV[3])) then return 1 end
if redis.call('GET', KEYS[2]) == ARGV[2] then
  redis.call('PEXPIRE', KEYS[2], tonumber(ARGV[3]))
  return 1
end
return 0`;

/** KEYS: due, attempts, claim. ARGV: id. The end succeeded: forget it. */
const FINISH = `redis.call('ZREM', KEYS[1], ARGV[1])
redis.call('HDEL', KEYS[2], ARGV[1])
redis.call('DEL', KEYS[3])
return 1`;

/**
 * KEYS: due, attempts, claim. ARGV: id, retryMs, maxAttempts. The end failed: try again in
 * retryMs, or forget it after maxAttempts (Tavus's max_call_duration still ends the call).
 * Returns the attempts so far, negated when the registry gave up.
 */
const FAILED = `${NOW_MS}
local attempts = redis.call('HINCRBY', KEYS[2], ARGV[1], 1)
redis.call('DEL', KEYS[3])
if attempts >= tonumber(ARGV[3]) then
  redis.call('ZREM', KEYS[1], ARGV[1])
  redis.call('HDEL', KEYS[2], ARGV[1])
  return -attempts
end
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[2]), ARGV[1])
return attempts`;

export interface ConversationScripts {
  remember(id: string, lifetimeMs: number): Promise<void>;
  due(limit: number): Promise<string[]>;
  claim(id: string, owner: string, claimMs: number, onlyIfDue: boolean): Promise<boolean>;
  finish(id: string): Promise<void>;
  /** Returns the failed attempts so far, negative when the id was dropped. */
  failed(id: string, retryMs: number, maxAttempts: number): Promise<number>;
  /** Takes the sweeper lease for `ms` when nobody holds it. */
  lease(owner: string, ms: number): Promise<boolean>;
}

export function conversationScripts(redis: Redis, prefix: string): ConversationScripts {
  const due = `${prefix}due`;
  const attempts = `${prefix}attempts`;
  const claim = (id: string): string => `${prefix}claim:${id}`;
  return {
    remember: async (id, lifetimeMs) => void (await redis.eval(REMEMBER, 1, due, id, lifetimeMs)),
    due: async (limit) => stringsOf(await redis.eval(DUE, 1, due, limit)),
    claim: async (id, owner, claimMs, onlyIfDue) =>
      (await redis.eval(CLAIM, 2, due, claim(id), id, owner, claimMs, onlyIfDue ? '1' : '0')) === 1,
    finish: async (id) => void (await redis.eval(FINISH, 3, due, attempts, claim(id), id)),
    failed: async (id, retryMs, maxAttempts) =>
      Number(await redis.eval(FAILED, 3, due, attempts, claim(id), id, retryMs, maxAttempts)),
    lease: async (owner, ms) => (await redis.set(`${prefix}sweeper`, owner, 'PX', ms, 'NX')) === 'OK',
  };
}

function stringsOf(reply: unknown): string[] {
  return Array.isArray(reply) ? reply.filter((x): x is string => typeof x === 'string') : [];
}
