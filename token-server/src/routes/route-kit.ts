import type { MiddlewareHandler } from 'hono';

/** The shared pieces every API route group is built from; app.ts makes one per app. */
export interface RouteKit {
  /** Requires the access code in the x-access-code header (when one is configured). */
  access: MiddlewareHandler;
  /** Like `access`, but also accepts the code in a sendBeacon body. */
  accessOrBeaconBody: MiddlewareHandler;
  /** The per-client budget for calls that cost money: tokens, conversations, reports. */
  paidLimit: MiddlewareHandler;
  /** A looser budget for ending conversations, which must get through on page hide. */
  endLimit: MiddlewareHandler;
  /** A signal that aborts after `ms`: the deadline for one upstream call. */
  deadline: (ms: number) => AbortSignal;
}
