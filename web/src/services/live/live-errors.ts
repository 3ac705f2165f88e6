// The sentences a candidate reads when the live session cannot start or continue.

import { ApiError } from '../api/types';
import { LiveError } from './types';

export const CONNECTION_LOST_MESSAGE =
  'The connection to the interviewer was lost and could not be restored. Your transcript so far is saved; check your connection and try again.';

const TOKEN_MESSAGE =
  'Mockingbird could not get permission to start the interview. Check your connection and try again.';
const CONNECT_MESSAGE = 'Mockingbird could not connect to the interviewer. Check your connection and try again.';

/** A failure to get a token: the server's own sentence when it gave one. */
export function tokenError(err: unknown): LiveError {
  if (err instanceof LiveError) return err;
  // A server without a Gemini key: asking again cannot help, a key can.
  if (err instanceof ApiError && err.code === 'live_unconfigured') return new LiveError('live-off', err.message);
  if (err instanceof ApiError) return new LiveError('token', err.message);
  return new LiveError('token', TOKEN_MESSAGE);
}

export function connectError(err: unknown): LiveError {
  return err instanceof LiveError ? err : new LiveError('connect-failed', CONNECT_MESSAGE);
}
