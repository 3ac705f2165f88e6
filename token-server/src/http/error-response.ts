import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { UpstreamError } from '../upstream/upstream-error.ts';
import { ApiError, apiErrors } from './api-error.ts';

export type Log = (line: string) => void;

/** What a failed upstream call means to the person using the app. */
export function fromUpstream(err: UpstreamError): ApiError {
  const who = err.service;
  switch (err.failure) {
    case 'timeout':
      return new ApiError(504, 'upstream_timeout', `${who} did not answer in time. Please try again in a moment.`);
    case 'auth':
      return new ApiError(502, 'upstream_auth', `The server's ${who} key was rejected; the server owner must fix it.`);
    case 'busy':
      return new ApiError(
        503,
        'avatar_busy',
        'Every video interviewer slot is in use right now. Wait a minute and try again, or turn the avatar off to continue with voice only.',
        { 'Retry-After': '60' },
      );
    case 'invalid_output':
      return new ApiError(502, 'report_invalid', 'The report came back incomplete. Please try again.');
    case 'failed':
      return new ApiError(
        502,
        'upstream_failed',
        `${who} could not complete the request. Please try again in a moment.`,
      );
  }
}

export function toApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  if (err instanceof UpstreamError) return fromUpstream(err);
  if (err instanceof HTTPException && err.status < 500) {
    return new ApiError(
      err.status,
      `http_${err.status}`,
      'The request could not be handled. Reload the page and try again.',
    );
  }
  return apiErrors.internal();
}

/**
 * The single place where errors become responses. Upstream failures are logged by kind and
 * status only (an upstream's message may quote our request, and so our key); surprises are
 * logged in full through `log`, which the caller builds to redact the keys.
 */
export function makeErrorHandler(log: Log) {
  return (err: Error, c: Context): Response => {
    const apiError = toApiError(err);
    if (err instanceof UpstreamError) log(`upstream: ${err.message}`);
    else if (!(err instanceof HTTPException)) log(`unexpected error: ${err.stack ?? err.message}`);
    for (const [name, value] of Object.entries(apiError.headers)) c.header(name, value);
    // A 413 is sent without reading the body, whose unread rest would be taken as the next
    // request on a kept-alive connection (the probe's next request then failed). Closing the
    // connection after the answer is what RFC 9110 §15.5.14 allows for exactly this case.
    if (apiError.status === 413) c.header('Connection', 'close');
    return c.json({ error: { code: apiError.code, message: apiError.message } }, apiError.status);
  };
}
