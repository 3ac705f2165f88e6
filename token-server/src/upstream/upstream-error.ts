// How a call to Gemini or Tavus went wrong, reduced to what the app may tell a user. The
// upstream's own error text is deliberately not kept: it can quote the request, and the
// request carries the server's key.

export type UpstreamService = 'Gemini' | 'Tavus';

export type UpstreamFailure =
  /** No answer before our deadline. */
  | 'timeout'
  /** The upstream rejected the server's key (401/403). */
  | 'auth'
  /** The account has no free slot (Tavus concurrency limit). */
  | 'busy'
  /** The upstream answered, but not with something we can use. */
  | 'invalid_output'
  /** Anything else: network error, 5xx, unexpected 4xx. */
  | 'failed';

export class UpstreamError extends Error {
  override name = 'UpstreamError';
  constructor(
    readonly service: UpstreamService,
    readonly failure: UpstreamFailure,
    /** HTTP status from the upstream, for logs. */
    readonly status?: number,
  ) {
    super(`${service} request failed (${failure}${status ? `, HTTP ${status}` : ''})`);
  }
}

/**
 * Classifies an error thrown while calling an upstream. A timeout is recognised by our own
 * deadline signal having fired, whatever error the client library chose to throw for it.
 */
export function toUpstreamError(err: unknown, service: UpstreamService, deadline: AbortSignal): UpstreamError {
  if (err instanceof UpstreamError) return err;
  if (deadline.aborted) return new UpstreamError(service, 'timeout');
  const status = statusOf(err);
  if (status === 401 || status === 403 || isKeyInvalid(status, err)) return new UpstreamError(service, 'auth', status);
  return new UpstreamError(service, 'failed', status);
}

/**
 * Google refuses a wrong key with 400 INVALID_ARGUMENT, reason API_KEY_INVALID ("API key not
 * valid" / "API Key not found"), not 401 (google-gemini/gemini-cli #25198, #4690). The SDK's
 * error message carries that body; only the pattern is read, the text is never passed on.
 */
function isKeyInvalid(status: number | undefined, err: unknown): boolean {
  return status === 400 && err instanceof Error && /API_KEY_INVALID|API key not (valid|found)/i.test(err.message);
}

function statusOf(err: unknown): number | undefined {
  if (typeof err === 'object' && err !== null && 'status' in err && typeof err.status === 'number') return err.status;
  return undefined;
}
