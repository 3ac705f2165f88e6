import { randomBytes } from 'node:crypto';
import { isRecord } from '../shared/http.ts';

// Ephemeral tokens as the Live service treats them: `uses` new sessions (0 = unlimited) that
// must start before `newSessionExpireTime`; resuming an existing session is free but still
// needs an unexpired token. The locked setup (`bidiGenerateContentSetup` and its `fieldMask`)
// is recorded so the Live side enforces it (setup-admission.ts).

const MAX_LIFETIME_MS = 20 * 60 * 60 * 1000;

export interface MintedToken {
  name: string;
  /** The request body exactly as the server sent it, so tests can check what was locked. */
  body: Record<string, unknown>;
  createdAt: number;
  uses: number;
  usesLeft: number;
  expireTime: number;
  newSessionExpireTime: number;
  /** `bidiGenerateContentSetup`: the constraints the token locks. */
  lockedSetup?: Record<string, unknown>;
  fieldMask?: string;
  /** The fieldMask's paths: these setup fields come from the token, whatever the browser sends. */
  lockedPaths: string[];
}

export type TokenCheck = { ok: true; token?: MintedToken } | { ok: false; reason: string };

function parseTime(value: unknown, fallback: number): number | undefined {
  if (value === undefined) return fallback;
  const ms = typeof value === 'string' ? Date.parse(value) : NaN;
  return Number.isNaN(ms) ? undefined : ms;
}

/**
 * A field mask the service would refuse, read harshly where unknown:
 * - a path naming a field the setup does not have (nothing there to lock);
 * - a path inside speechConfig: a partial field mask combined with a voice config has been
 *   reported to answer 400 or to drop the voice (protocols.md, "Known trap"), so the fake
 *   refuses it outright and the server must lock speechConfig whole.
 */
function checkFieldMask(paths: readonly string[], setup: Record<string, unknown> | undefined): string | undefined {
  for (const path of paths) {
    if (/^generationConfig\.speechConfig\./.test(path))
      return `Invalid field mask path "${path}": lock generationConfig.speechConfig as a whole.`;
    if (valueAt(setup, path) === undefined) return `Invalid field mask path "${path}": the setup has no such field.`;
  }
  return undefined;
}

function valueAt(record: Record<string, unknown> | undefined, path: string): unknown {
  let at: unknown = record;
  for (const key of path.split('.')) at = isRecord(at) ? at[key] : undefined;
  return at;
}

export class TokenRegistry {
  readonly minted: MintedToken[] = [];

  /** Returns the new token, or a sentence saying why the request was invalid (the service answers 400). */
  mint(body: unknown, now = Date.now()): MintedToken | string {
    if (!isRecord(body)) return 'Invalid JSON payload received.';
    const expireTime = parseTime(body.expireTime, now + 30 * 60_000);
    const newSessionExpireTime = parseTime(body.newSessionExpireTime, now + 60_000);
    if (expireTime === undefined || newSessionExpireTime === undefined)
      return 'Invalid value for an expiry time: expected an RFC 3339 timestamp.';
    if (expireTime - now > MAX_LIFETIME_MS) return 'expire_time must be at most 20 hours in the future.';
    const uses = body.uses === undefined ? 1 : Number(body.uses);
    if (!Number.isInteger(uses) || uses < 0) return 'uses must be a non-negative integer.';
    const lockedSetup = isRecord(body.bidiGenerateContentSetup) ? body.bidiGenerateContentSetup : undefined;
    const fieldMask = typeof body.fieldMask === 'string' ? body.fieldMask : undefined;
    const lockedPaths = fieldMask ? fieldMask.split(',').map((p) => p.trim()) : [];
    const maskProblem = checkFieldMask(lockedPaths, lockedSetup);
    if (maskProblem) return maskProblem;
    const token: MintedToken = {
      name: `auth_tokens/${randomBytes(24).toString('hex')}`,
      body,
      createdAt: now,
      uses,
      usesLeft: uses,
      expireTime,
      newSessionExpireTime,
      lockedSetup,
      fieldMask,
      lockedPaths,
    };
    this.minted.push(token);
    return token;
  }

  find(name: string): MintedToken | undefined {
    return this.minted.find((t) => t.name === name);
  }

  /** A new session spends one use. */
  startSession(name: string, now = Date.now()): TokenCheck {
    const token = this.find(name);
    if (!token) return { ok: false, reason: 'The access token is not valid.' };
    if (now >= token.expireTime) return { ok: false, reason: 'The access token has expired.' };
    if (now >= token.newSessionExpireTime)
      return { ok: false, reason: 'The access token can no longer start new sessions.' };
    if (token.uses !== 0 && token.usesLeft <= 0) return { ok: false, reason: 'The access token has no uses left.' };
    if (token.uses !== 0) token.usesLeft -= 1;
    return { ok: true, token };
  }

  /** Resuming with a handle spends no use, but the token must not have expired. */
  resumeSession(name: string, now = Date.now()): TokenCheck {
    const token = this.find(name);
    if (!token) return { ok: false, reason: 'The access token is not valid.' };
    if (now >= token.expireTime) return { ok: false, reason: 'The access token has expired.' };
    return { ok: true, token };
  }
}
