import type { ServerOptions } from 'node:http';

// How long one client may take to send its request. Node's defaults let a client that trickles
// its headers hold a socket for a minute and one that trickles its body for five (a "slowloris"),
// so a handful of cheap connections could tie the server up. Only receiving is timed: writing a
// report can take the model two minutes after the request has arrived, and that is not cut off.

export interface ConnectionLimits {
  /** The whole header block must arrive within this. */
  headersTimeoutMs: number;
  /**
   * The whole request, body included. The largest body is a 1 MB report request, which takes
   * about 20 s on a slow mobile uplink (0.4 Mbit/s), so a minute leaves room.
   */
  requestTimeoutMs: number;
  /** How often Node checks the two deadlines above; a deadline can be overrun by up to this. */
  checkIntervalMs: number;
}

export const CONNECTION_LIMITS: ConnectionLimits = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 60_000,
  checkIntervalMs: 2_000,
};

/** Options for node:http's createServer (passed to @hono/node-server's `serve`). */
export function httpServerOptions(limits: ConnectionLimits = CONNECTION_LIMITS): ServerOptions {
  return {
    headersTimeout: limits.headersTimeoutMs,
    requestTimeout: limits.requestTimeoutMs,
    connectionsCheckingInterval: limits.checkIntervalMs,
  };
}
