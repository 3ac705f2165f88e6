// The room's current Live session: one client at a time, wired to the conversation when it is
// made, and replaced (the old one closed) when the candidate tries again after a failure.

import type { LiveClient } from '../../services/live/types';
import { wireLiveClient, type WiringContext } from './live-wiring';

export type ConnectResult = { kind: 'open'; client: LiveClient } | { kind: 'failed'; error: unknown } | { kind: 'replaced' };

export interface LiveConnection {
  /** Closes any previous client and opens a new one. A failed one is closed before resolving. */
  connect(): Promise<ConnectResult>;
  /** The client while it is open (not lost, not closed). */
  client(): LiveClient | undefined;
  close(): void;
}

export interface LiveConnectionOptions {
  createLiveClient: () => LiveClient;
  wiring: Omit<WiringContext, 'onLost'>;
  /** The session ended for good; the client is already marked closed. */
  onLost: (message: string) => void;
}

export function createLiveConnection(o: LiveConnectionOptions): LiveConnection {
  let live: { client: LiveClient; unwire: () => void; open: boolean } | undefined;

  function close() {
    live?.unwire();
    live?.client.close();
    if (live) live.open = false;
  }

  return {
    async connect() {
      close();
      const client = o.createLiveClient();
      const current = { client, open: false, unwire: () => {} };
      live = current;
      const onLost = (message: string) => {
        current.open = false;
        o.onLost(message);
      };
      current.unwire = wireLiveClient(client, { ...o.wiring, onLost });
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
