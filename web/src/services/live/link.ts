// One connection as the resilient client holds it, with the events it sent before it became
// the session's current one.

import type { ConnectionEvent, LiveConnection } from './types';

export interface Link {
  conn?: LiveConnection;
  early: ConnectionEvent[];
  closed: boolean;
  /** Replaced or discarded: whatever it still says is ignored. */
  retired: boolean;
}

export const newLink = (): Link => ({ early: [], closed: false, retired: false });

/** Mutes a link for good and closes its socket if it is still open. */
export function retire(link: Link | undefined): void {
  if (!link) return;
  link.retired = true;
  link.early = [];
  if (!link.closed) link.conn?.close();
}
