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

/** Names that can only ever mean this machine. */
export function isLoopbackName(hostname: string): boolean {
  const name = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  return name === 'localhost' || name.endsWith('.localhost') || name === '::1' || /^127(?:\.\d{1,3}){3}$/.test(name);
}

/**
 * DNS rebinding: a foreign site can point its own name at 127.0.0.1, and its pages are then
 * "same origin" with a server on loopback (Origin and Host both name that site), so the origin
 * check above lets them in and they could spend the owner's quota. A server listening only on
 * loopback can only be meant for loopback names, so any other Host is refused. Not applied on a
 * public interface (HOST=0.0.0.0) nor behind a trusted proxy, which passes its public name on.
 */
export function rejectRebindingHosts(options: { listenHost: string; trustProxy: boolean }): MiddlewareHandler {
  const guarded = isLoopbackName(options.listenHost) && !options.trustProxy;
  return async (c, next) => {
    if (guarded && !isLoopbackName(new URL(c.req.url).hostname)) throw apiErrors.hostForbidden();
    await next();
  };
}
