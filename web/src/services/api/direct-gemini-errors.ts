import { ApiError } from './types';

// The own-key path talks to Gemini with no server in between, so the SDK's failures are turned
// into the same ApiError sentences the server's answers would carry.

const KEY_REJECTED =
  'Gemini did not accept your API key. Check the key in Settings, or remove it to use the Mockingbird server instead.';

function statusOf(err: unknown): number {
  return typeof err === 'object' && err !== null && 'status' in err && typeof err.status === 'number' ? err.status : 0;
}

/** The SDK's errors carry the HTTP status; everything else is the network or the page. */
export function toDirectApiError(err: unknown, model: string, task = 'writing the report'): ApiError {
  const status = statusOf(err);
  const detail = err instanceof Error ? err.message : '';
  if (status === 401 || status === 403 || (status === 400 && /api key/i.test(detail)))
    return new ApiError(status, 'gemini_key_rejected', KEY_REJECTED);
  if (status === 404)
    return new ApiError(
      404,
      'model_unavailable',
      `The report model ${model} is not available to your Gemini key. Check the key in Settings.`,
    );
  if (status === 429)
    return new ApiError(
      429,
      'rate_limited',
      'Your Gemini key has reached its rate limit or quota. Wait a minute and try again.',
    );
  if (status >= 500)
    return new ApiError(502, 'upstream_failed', `Gemini had a problem ${task}. Try again in a moment.`);
  if (status >= 400)
    return new ApiError(
      status,
      'invalid_request',
      'Gemini refused the report request. Try again; if it keeps happening, the transcript may be too long.',
    );
  return new ApiError(0, 'network', 'Gemini could not be reached. Check your connection and try again.');
}
