import { z } from 'zod';
import { DEFAULT_LIVE_MODEL } from '../../contracts/models/live-profiles.ts';
import { DEFAULT_TEXT_MODEL } from '../../contracts/models/text-models.ts';

// The server's settings, parsed from an environment-shaped record. Only index.ts passes the real
// process.env here; tests pass plain objects. Empty values count as unset, so a copied
// `.env.example` with `GEMINI_API_KEY=` behaves like no key at all.

// The model defaults live in contracts/models/ with what each model accepts; any model id is
// taken here, and server-setup.ts logs a warning for one that is untested or shut down.
export { DEFAULT_LIVE_MODEL };
export const DEFAULT_REPORT_MODEL = DEFAULT_TEXT_MODEL;
export const DEFAULT_TAVUS_BASE_URL = 'https://tavusapi.com';
/**
 * A Tavus stock replica (a ready-made face that needs no training). It is only a default:
 * TAVUS_REPLICA_ID picks another face, including one trained for your own account.
 */
export const DEFAULT_TAVUS_REPLICA_ID = 'rfe12d8b9597';

const unsetWhenEmpty = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const optionalText = z.preprocess(unsetWhenEmpty, z.string().trim().optional());
const textWithDefault = (fallback: string) => z.preprocess(unsetWhenEmpty, z.string().trim().default(fallback));

const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' });
const optionalUrl = z.preprocess(unsetWhenEmpty, httpUrl.optional());
const optionalRedisUrl = z.preprocess(
  unsetWhenEmpty,
  z.url({ protocol: /^rediss?$/, error: 'must be a redis:// or rediss:// URL' }).optional(),
);

const wholeNumber = (min: number, max: number, fallback: number) =>
  z.preprocess(
    unsetWhenEmpty,
    z
      .string()
      .regex(/^\d+$/, `must be a whole number from ${min} to ${max}`)
      .transform(Number)
      .pipe(z.number().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`))
      .default(fallback),
  );

const flag = z.preprocess(
  unsetWhenEmpty,
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'must be true or false' })
    .transform((v) => v === 'true' || v === '1' || v === 'yes')
    .default(false),
);

/** A comma list of origins such as `https://a.example,https://b.example:8443`. */
const originList = z.preprocess(
  unsetWhenEmpty,
  z
    .string()
    .default('')
    .transform((list) =>
      list
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .pipe(
      z.array(z.string().refine(isBareOrigin, 'must list origins only, like https://interview.example.com (no path)')),
    )
    .transform((origins) => origins.map((o) => new URL(o).origin)),
);

function isBareOrigin(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === value.replace(/\/$/, '');
}

const envSchema = z.object({
  GEMINI_API_KEY: optionalText,
  GEMINI_API_BASE_URL: optionalUrl,
  GEMINI_LIVE_MODEL: textWithDefault(DEFAULT_LIVE_MODEL),
  GEMINI_REPORT_MODEL: textWithDefault(DEFAULT_REPORT_MODEL),
  TAVUS_API_KEY: optionalText,
  TAVUS_API_BASE_URL: z.preprocess(unsetWhenEmpty, httpUrl.default(DEFAULT_TAVUS_BASE_URL)),
  TAVUS_REPLICA_ID: textWithDefault(DEFAULT_TAVUS_REPLICA_ID),
  TAVUS_PERSONA_ID: optionalText,
  HOST: textWithDefault('127.0.0.1'),
  PORT: wholeNumber(0, 65535, 8787),
  ALLOWED_ORIGINS: originList,
  ACCESS_CODE: optionalText,
  RATE_LIMIT_PER_MINUTE: wholeNumber(1, 10000, 10),
  TRUST_PROXY: flag,
  STATIC_DIR: optionalText,
  REDIS_URL: optionalRedisUrl,
});

export interface Config {
  gemini: { apiKey?: string; baseUrl?: string; liveModel: string; reportModel: string };
  tavus: { apiKey?: string; baseUrl: string; replicaId: string; personaId?: string };
  host: string;
  port: number;
  /** Origins allowed to call the API from another site; empty means same origin only. */
  allowedOrigins: string[];
  accessCode?: string;
  rateLimitPerMinute: number;
  /** Take the client address from X-Forwarded-For (only behind a proxy you run). */
  trustProxy: boolean;
  staticDir?: string;
  /** Shared store for rate limits and open avatar conversations (several instances); unset keeps both in memory. */
  redisUrl?: string;
}

/** Thrown for settings that cannot be used; the message lists every problem, never a value. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function parseConfig(env: Readonly<Record<string, string | undefined>>): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Mockingbird cannot start because of these settings:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    gemini: {
      apiKey: e.GEMINI_API_KEY,
      baseUrl: e.GEMINI_API_BASE_URL?.replace(/\/+$/, ''),
      liveModel: e.GEMINI_LIVE_MODEL,
      reportModel: e.GEMINI_REPORT_MODEL,
    },
    tavus: {
      apiKey: e.TAVUS_API_KEY,
      baseUrl: e.TAVUS_API_BASE_URL.replace(/\/+$/, ''),
      replicaId: e.TAVUS_REPLICA_ID,
      personaId: e.TAVUS_PERSONA_ID,
    },
    host: e.HOST,
    port: e.PORT,
    allowedOrigins: e.ALLOWED_ORIGINS,
    accessCode: e.ACCESS_CODE,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    trustProxy: e.TRUST_PROXY,
    staticDir: e.STATIC_DIR,
    redisUrl: e.REDIS_URL,
  };
}
