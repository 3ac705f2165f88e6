import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import { ACCESS_CODE_HEADER } from './access-code.ts';
import { apiErrors } from './api-error.ts';

// Which websites may use the API. With no ALLOWED_ORIGINS only the server's own pages may;
// with a list, exactly those origins may as well. Two layers, because CORS alone only stops a
// foreign page from *reading* the answer: a "simple" POST (text/plain, as a beacon sends) would
// still run. So the browser gets CORS headers for allowed origins, and the server refuses
// requests that carry any other Origin before they reach a route.

/** CORS headers (and preflight answers) for the allowed origins only. */
export function corsForAllowedOrigins(allowedOrigins: readonly string[]): MiddlewareHandler {
  return cors({
    origin: (origin) => (allowedOrigins.includes(origin) ? origin : null),
    allowMethods: ['GET', 'POST'],
    allowHeaders: ['content-type', ACCESS_CODE_HEADER],
    maxAge: 600,
  });
}

/**
 * Refuses requests whose Origin is neither allowed nor this server. Same origin is judged by
 * host and port, not scheme, so a TLS-terminating proxy in front of plain HTTP still counts
 * as the same site. Requests without Origin (curl, health checks, same-origin GETs) pass.
 */
export function rejectForeignOrigins(allowedOrigins: readonly string[]): MiddlewareHandler {
  return async (c, next) => {
    const origin = c.req.header('origin');
    if (origin !== undefined && !allowedOrigins.includes(origin) && !isSameHost(origin, c.req.url)) {
      throw apiErrors.originForbidden();
    }
    await next();
  };
}

function isSameHost(origin: string, requestUrl: string): boolean {
  if (!URL.canParse(origin)) return false;
  return new URL(origin).host === new URL(requestUrl).host;
}
