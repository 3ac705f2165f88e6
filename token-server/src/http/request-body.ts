import { zValidator } from '@hono/zod-validator';
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import { apiErrors } from './api-error.ts';

// Request bodies: size first (413), then media type (415), then JSON syntax (400 invalid_json),
// then shape (400 invalid_request). Unknown fields are rejected, not stripped: the app and the
// server ship together, so an unknown field is a bug or a probe, and saying so early helps.

const JSON_MEDIA_TYPE = /^application\/(?:[\w.-]+\+)?json$/i;

function mediaTypeOf(c: Context): string {
  return (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/** Rejects bodies over `maxBytes` with 413, whether or not the client sent Content-Length. */
export function limitBody(maxBytes: number): MiddlewareHandler {
  return bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw apiErrors.payloadTooLarge(maxBytes);
    },
  });
}

/** Insists on a JSON body and parses it once (Hono caches it for the validator that follows). */
export const requireJson: MiddlewareHandler = async (c, next) => {
  if (!JSON_MEDIA_TYPE.test(mediaTypeOf(c)))
    throw apiErrors.unsupportedMediaType('JSON (Content-Type: application/json)');
  try {
    await c.req.json<unknown>();
  } catch {
    throw apiErrors.invalidJson();
  }
  await next();
};

const MAX_DETAIL_CHARS = 120;

/**
 * zod quotes unknown field names, which come straight from the request: a 1 MB name would make
 * a 1 MB message, and control or bidi characters would garble the sentence the person reads.
 */
function readable(detail: string): string {
  const chars = Array.from(detail.replace(/[\p{Cc}\p{Cf}\p{Cs}\p{Co}]/gu, '?'));
  return chars.length > MAX_DETAIL_CHARS ? `${chars.slice(0, MAX_DETAIL_CHARS - 1).join('')}…` : chars.join('');
}

/** The first problem zod found, as "field: what is wrong", short and printable. */
export function describeIssue(error: { issues: readonly z.core.$ZodIssue[] }): string {
  const issue = error.issues[0];
  if (!issue) return 'the body does not have the expected shape';
  const where = issue.path.length > 0 ? issue.path.join('.') : 'body';
  return readable(`${where}: ${issue.message}`);
}

/** Validates the parsed JSON body against `schema`; failures become 400 invalid_request. */
export function validJson<T extends z.ZodType>(schema: T) {
  return zValidator('json', schema, (result) => {
    if (!result.success) throw apiErrors.invalidRequest(describeIssue(result.error));
  });
}

const beaconBodySchema = z.strictObject({ accessCode: z.string().max(256).optional() });
export type BeaconBody = z.infer<typeof beaconBodySchema>;
const BEACON_MEDIA_TYPES = new Set(['', 'text/plain', 'application/json']);

/**
 * Reads the optional body of a `navigator.sendBeacon` call. Beacons cannot choose their headers
 * freely: a string body goes out as text/plain, a Blob with its own type, and a cross-site beacon
 * must stay a "simple" request, so both text/plain and JSON are accepted, as is no body at all.
 */
export async function readBeaconBody(c: Context): Promise<BeaconBody> {
  if (!BEACON_MEDIA_TYPES.has(mediaTypeOf(c))) throw apiErrors.unsupportedMediaType('JSON or plain text');
  const text = await c.req.text();
  if (text.trim() === '') return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw apiErrors.invalidJson();
  }
  const parsed = beaconBodySchema.safeParse(value);
  if (!parsed.success) throw apiErrors.invalidRequest(describeIssue(parsed.error));
  return parsed.data;
}
