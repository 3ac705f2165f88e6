import type { Log } from './http/error-response.ts';

/**
 * A logger that can never print a secret: every configured key is replaced before the line
 * is written, so even an unexpected error that quotes a request stays safe to share.
 */
export function makeRedactingLog(secrets: readonly (string | undefined)[], write: Log): Log {
  const present = secrets.filter((s): s is string => typeof s === 'string' && s.length > 0);
  return (line) => write(present.reduce((text, secret) => text.split(secret).join('[redacted]'), line));
}
