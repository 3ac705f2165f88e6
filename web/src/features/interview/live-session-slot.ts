// The room's current Live session: one client at a time, listened to when it is made, and
// replaced (the old one closed) when the candidate tries again after a failure.

import type { LiveClient } from '../../services/live/types';
import { listenToLive, type InterviewEvent } from './live-events';

export type ConnectResult =
  { kind: 'open'; client: LiveClient } | { kind: 'failed'; error: unknown } | { kind: 'replaced' };

/** The interview's hold on its Live session (not a socket: the client spans several of those). */
export interface LiveSessionSlot {
  /** Closes any previous client and opens a new one. A failed one is closed before resolving. */
  connect(): Promise<ConnectResult>;
  /** The client while it is open (not lost, not closed). */
  client(): LiveClient | undefined;
  close(): void;
}

export interface LiveSessionSlotOptions {
  createLiveClient: () => LiveClient;
  /** Every event of the current client; after 'lost' the client is no longer open. */
  onEvent: (event: InterviewEvent) => void;
}

export function createLiveSessionSlot(o: LiveSessionSlotOptions): LiveSessionSlot {
  let live: { client: LiveClient; unlisten: () => void; open: boolean } | undefined;

  function close() {
    live?.unlisten();
    live?.client.close();
    if (live) live.open = false;
  }

  return {
    async connect() {
      close();
      const client = o.createLiveClient();
      const current = { client, open: false, unlisten: () => {} };
      live = current;
      current.unlisten = listenToLive(client, (event) => {
        if (event.type === 'lost') current.open = false;
        o.onEvent(event);
      });
      try {
        await client.connect();
      } catch (error) {
        client.close();
        return { kind: 'failed', error };
      }
      if (live !== current) {
        client.close();
        return { kind: 'replaced' };
      }
      current.open = true;
      return { kind: 'open', client };
    },
    client: () => (live?.open ? live.client : undefined),
    close,
  };
}
