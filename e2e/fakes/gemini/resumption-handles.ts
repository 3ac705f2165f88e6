import { randomBytes } from 'node:crypto';

// Session resumption handles as the service keeps them. Each handle restores the session as it
// was when the handle was issued: the fake stores the interviewer's position beside it, so
// whatever was said after it (a reply cut by a drop) is simply not there on resume (SDK docs of
// LiveServerSessionResumptionUpdate; docs/protocols.md "Resumption while speaking").
// Handles stay valid about 2 hours (protocols.md "Limits"); a test can shorten that.

/** What the interviewer needs to continue from a handle. */
export interface InterviewerPosition {
  asked: number;
  candidateTurns: number;
  opened: boolean;
  finished: boolean;
  pendingCall?: { id: string; args: Record<string, unknown> };
}

export interface IssuedHandle {
  handle: string;
  issuedAt: number;
  position: InterviewerPosition;
}

export const HANDLE_LIFETIME_MS = 2 * 60 * 60 * 1000;

export type HandleLookup = { ok: true; issued: IssuedHandle } | { ok: false; reason: string };

export class ResumptionHandles {
  private readonly issued: IssuedHandle[] = [];

  issue(position: InterviewerPosition, now = Date.now()): string {
    const handle = `handle-${this.issued.length + 1}-${randomBytes(6).toString('hex')}`;
    this.issued.push({ handle, issuedAt: now, position: structuredClone(position) });
    return handle;
  }

  has(handle: string): boolean {
    return this.issued.some((h) => h.handle === handle);
  }

  get all(): readonly IssuedHandle[] {
    return this.issued;
  }

  /** An expired handle is refused like an unknown one: the session it named is gone. */
  lookup(handle: string, lifetimeMs: number, now = Date.now()): HandleLookup {
    const found = this.issued.find((h) => h.handle === handle);
    if (!found) return { ok: false, reason: 'The session resumption handle is not valid.' };
    if (now - found.issuedAt >= lifetimeMs) return { ok: false, reason: 'The session resumption handle has expired.' };
    return { ok: true, issued: found };
  }
}
