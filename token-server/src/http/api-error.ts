import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/**
 * The one error type the API throws. `app.onError` turns it into
 * `{"error":{"code","message"}}`; `code` is stable for programs, `message` is a sentence a
 * person can act on.
 */
export class ApiError extends HTTPException {
  constructor(
    status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(status, { message });
  }
}

/** Every error the API can answer with, in one place so their wording stays consistent. */
export const apiErrors = {
  notFound: () =>
    new ApiError(
      404,
      'not_found',
      'There is no such API endpoint. Reload the page to get the current version of the app.',
    ),
  invalidJson: () =>
    new ApiError(400, 'invalid_json', 'The request body is not valid JSON. Reload the page and try again.'),
  invalidRequest: (detail: string) =>
    new ApiError(400, 'invalid_request', `The request was not accepted (${detail}). Reload the page and try again.`),
  unsupportedMediaType: (expected: string) =>
    new ApiError(
      415,
      'unsupported_media_type',
      `The request must be sent as ${expected}. Reload the page and try again.`,
    ),
  payloadTooLarge: (limitBytes: number) =>
    new ApiError(
      413,
      'payload_too_large',
      `The request is too large (the limit is ${Math.round(limitBytes / 1024)} KB). Shorten the CV, job description or transcript and try again.`,
    ),
  accessCodeRequired: () =>
    new ApiError(401, 'access_code_required', 'This server needs an access code. Enter it in Settings and try again.', {
      'WWW-Authenticate': 'AccessCode realm="Mockingbird"',
    }),
  accessCodeInvalid: () =>
    new ApiError(401, 'access_code_invalid', 'The access code is not right. Check it in Settings and try again.', {
      'WWW-Authenticate': 'AccessCode realm="Mockingbird"',
    }),
  originForbidden: () =>
    new ApiError(
      403,
      'origin_forbidden',
      'This website is not allowed to use this Mockingbird server. The server owner can add it to ALLOWED_ORIGINS.',
    ),
  hostInvalid: () =>
    new ApiError(
      400,
      'host_invalid',
      'The address this page was opened at is not a valid host name. Check the address and open the page again.',
    ),
  hostForbidden: () =>
    new ApiError(
      403,
      'host_forbidden',
      'This Mockingbird server only answers at localhost. Open it there, or the server owner can serve it under another name behind a proxy with TRUST_PROXY=true.',
    ),
  rateLimited: (retryAfterSeconds: number) =>
    new ApiError(
      429,
      'rate_limited',
      `Too many requests from your connection. Wait ${retryAfterSeconds} seconds and try again.`,
      { 'Retry-After': String(retryAfterSeconds) },
    ),
  liveUnconfigured: () =>
    new ApiError(
      503,
      'live_unconfigured',
      'Live interviews are not set up on this server. The server owner must set GEMINI_API_KEY.',
    ),
  voiceSampleUnconfigured: () =>
    new ApiError(
      503,
      'voice_sample_unconfigured',
      'Voice samples need live interviews, which are not set up on this server. The server owner must set GEMINI_API_KEY.',
    ),
  reportUnconfigured: () =>
    new ApiError(
      503,
      'report_unconfigured',
      'Written reports are not set up on this server. The server owner must set GEMINI_API_KEY.',
    ),
  avatarUnconfigured: () =>
    new ApiError(
      503,
      'avatar_unconfigured',
      'The video interviewer is not set up on this server. Turn the avatar off to continue with voice only.',
    ),
  transcriptEmpty: () =>
    new ApiError(
      400,
      'transcript_empty',
      'The transcript has no answers from you yet, so there is nothing to assess. Answer at least one question and try again.',
    ),
  internal: () => new ApiError(500, 'internal', 'Something went wrong on the server. Please try again in a moment.'),
};
