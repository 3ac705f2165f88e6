import type { MiddlewareHandler } from 'hono';

// API answers carry private things: a Live token that opens a paid session, a conversation URL,
// a report quoting the candidate's words. None may be kept by a browser cache or a shared proxy
// (RFC 9111 §5.2.2.5: no-store forbids storing any part of the response), so every /api answer,
// errors included, says so. Set after the route has run, so nothing downstream can undo it.

export const noStore: MiddlewareHandler = async (c, next) => {
  await next();
  c.res.headers.set('Cache-Control', 'no-store');
};
