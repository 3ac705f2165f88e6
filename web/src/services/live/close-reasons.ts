// Why Gemini Live closed a socket, read from the close code and its reason text, and what the
// candidate reads about it. Every close the service is known to send is listed with its source;
// anything else is reported as it happened, with Try again.
//
// Known closes (checked 2026; reason texts vary, so they are matched loosely):
// - 1008 "models/X is not found for API version v1alpha, or is not supported for
//   bidiGenerateContent": the model is gone or is not a Live model (docs/protocols.md; issue 21).
// - 1008 "The access token is not valid / has expired", "API key not valid": the credential.
// - 1008 "Operation is not implemented, or supported, or enabled" (googleapis/js-genai #1236):
//   a setup feature the model does not offer.
// - 1008 "Requested entity was not found" after a tool response
//   (google-gemini/deprecated-generative-ai-js #487): transient in practice, resumable.
// - 1007 "Request contains an invalid argument" / a refused setup field (vercel/ai #20695,
//   yagudaev/voiceclaw #155, docs: TEXT modality on native audio).
// - 1011 "Internal error occurred" (livekit/agents #2274) and the connection time limit after
//   goAway: resumable. 1011 with RESOURCE_EXHAUSTED / quota (sohzm/cheating-daddy #455,
//   sonichi/sutando #569): the key's limit, not helped by reconnecting.
// - 1008 naming the resumption handle (not valid, expired after ~2 h: protocols.md "Limits"):
//   the session is gone; a new one must start (Try again continues the transcript).
// - 1006: no close frame (network). 1000/1001: closed without an error.

import { LiveError } from './types';

export type CloseCause =
  | 'model-unavailable'
  | 'credential-refused'
  | 'feature-unsupported'
  | 'setup-refused'
  | 'quota'
  | 'session-gone'
  | 'resumable'
  | 'unknown';

export interface CloseReading {
  cause: CloseCause;
  /** True when a fresh connection (with a fresh token) may succeed where this one failed. */
  retry: boolean;
}

const MODEL_GONE =
  /models\/[^\s]+ is not found|not supported for bidiGenerateContent|model[^.]* (?:not found|is not available|has been (?:shut down|deprecated|retired))/i;
const CREDENTIAL = /access token|api key not valid|unauthenticated|method requires an api key/i;
const UNSUPPORTED = /not implemented, or supported, or enabled/i;
const SESSION_GONE = /resumption handle|session not found/i;
const QUOTA = /quota|resource[_ ]exhausted|exceeded|billing|credits|rate limit/i;

export function readClose(code: number, reason: string): CloseReading {
  if (MODEL_GONE.test(reason)) return { cause: 'model-unavailable', retry: false };
  if (QUOTA.test(reason)) return { cause: 'quota', retry: false };
  if (code === 1008 && UNSUPPORTED.test(reason)) return { cause: 'feature-unsupported', retry: false };
  if (SESSION_GONE.test(reason)) return { cause: 'session-gone', retry: false };
  // A 1008 that names nothing else is read as a refused credential: the service's wording for
  // tokens varies, and a fresh token is the one thing a client can try.
  if (code === 1008 || CREDENTIAL.test(reason)) return { cause: 'credential-refused', retry: true };
  if (code === 1007) return { cause: 'setup-refused', retry: false };
  if ([1000, 1001, 1006, 1011, 1012, 1013, 1014].includes(code)) return { cause: 'resumable', retry: true };
  return { cause: 'unknown', retry: true };
}

/** Gemini's own words, trimmed, for the sentences below (the reason is at most 123 bytes). */
function quoted(reason: string): string {
  const text = reason.trim().replace(/\s+/g, ' ').replace(/\.+$/, '');
  return text ? ` Gemini said: “${text.slice(0, 160)}”.` : '';
}

/** The sentence for a close that ends the session (or stops it from starting). */
export function closeSentence(code: number, reason: string): string {
  const { cause } = readClose(code, reason);
  switch (cause) {
    case 'model-unavailable':
      return `The interview server’s Gemini Live model is not available any more.${quoted(reason)} The server’s owner must set GEMINI_LIVE_MODEL to a current Live model (for example gemini-3.8-live) and restart it; until then interviews cannot start.`;
    case 'credential-refused':
      return 'Gemini did not accept the permission to start this interview; it may have expired. Select “Try again” to get a new one. If this keeps happening, the server’s Gemini settings need checking.';
    case 'feature-unsupported':
      return `Gemini’s Live model refused a feature this interview uses.${quoted(reason)} The server’s owner should check GEMINI_LIVE_MODEL; select “Try again” once it is fixed.`;
    case 'setup-refused':
      return `Gemini refused the interview’s settings.${quoted(reason)} The server’s owner should check that GEMINI_LIVE_MODEL is a Live model this version of Mockingbird supports; select “Try again” once it is fixed.`;
    case 'quota':
      return `Gemini’s usage limit for this server has been reached.${quoted(reason)} Wait a few minutes and select “Try again”; if it persists, the server’s owner should check the key’s quota in Google AI Studio.`;
    case 'session-gone':
      return 'The interview’s connection could not be resumed because Gemini no longer holds the session. Select “Try again” to go on in a new session; your transcript so far is kept.';
    case 'resumable':
    case 'unknown':
      return `The connection to the interviewer closed unexpectedly (code ${code}).${quoted(reason)} Select “Try again” to reconnect.`;
  }
}

/** The error for a socket that closed before setup completed, or a close that ends the session. */
export function closeError(code: number, reason: string): LiveError {
  const { cause } = readClose(code, reason);
  const message = closeSentence(code, reason);
  if (cause === 'credential-refused') return new LiveError('token', message);
  if (cause === 'model-unavailable') return new LiveError('model-unavailable', message);
  if (cause === 'session-gone') return new LiveError('session-gone', message);
  if (cause === 'resumable' || cause === 'unknown') return new LiveError('connect-failed', message);
  return new LiveError('service-refused', message);
}

/** Errors no new connection can mend: reconnecting would only repeat them. */
export function isFinal(err: unknown): err is LiveError {
  return (
    err instanceof LiveError &&
    (err.code === 'model-unavailable' || err.code === 'service-refused' || err.code === 'session-gone')
  );
}
