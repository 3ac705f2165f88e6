import { createHash, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { apiErrors } from './api-error.ts';

export const ACCESS_CODE_HEADER = 'x-access-code';

export interface AccessCodeOptions {
  /** The configured ACCESS_CODE; when unset every request passes. */
  expected?: string;
  /**
   * Where else the code may arrive. `navigator.sendBeacon` cannot set headers, so the route that
   * ends a conversation on page hide also accepts the code in its body.
   */
  readBodyCode?: (c: Context) => Promise<string | undefined>;
}

/** Compares secrets in constant time: both sides are hashed first so lengths never leak. */
export function sameSecret(given: string, expected: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(expected));
}

export function requireAccessCode(options: AccessCodeOptions): MiddlewareHandler {
  const { expected, readBodyCode } = options;
  return async (c, next) => {
    if (expected === undefined) return next();
    const given = c.req.header(ACCESS_CODE_HEADER) ?? (await readBodyCode?.(c));
    if (!given) throw apiErrors.accessCodeRequired();
    if (!sameSecret(given, expected)) throw apiErrors.accessCodeInvalid();
    return next();
  };
}
