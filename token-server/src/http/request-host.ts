import type { MiddlewareHandler } from 'hono';
import { apiErrors } from './api-error.ts';

// The request URL is built from the Host header (the Node adapter joins it with the path), and
// Node's HTTP parser lets through names that the WHATWG URL parser refuses: "xn--",
// "256.1.1.1". Any later step that reads the URL then threw, answering 500 with a stack in the
// log on every such request. One check at the edge of the app answers 400 instead, so nothing
// behind it can meet a URL that does not parse.
//
// Node keeps the first of several Host lines for the URL, while a proxy in front may route by
// another: the two would then disagree about which site a request is for. RFC 9112 §3.2 says a
// server must answer such a request 400; the adapter joins repeated lines with a comma, which
// no host name can contain, so a comma is how it shows.

export const rejectMalformedHost: MiddlewareHandler = async (c, next) => {
  if (!URL.canParse(c.req.url) || c.req.header('host')?.includes(',')) throw apiErrors.hostInvalid();
  await next();
};
