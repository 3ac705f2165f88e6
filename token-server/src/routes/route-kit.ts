import type { MiddlewareHandler } from 'hono';

/** The shared pieces every API route group is built from; app.ts makes one per app. */
export interface RouteKit {
  /**
   * The first step of every route that costs money (tokens, conversations, reports, packs),
   * configured or not: the per-client budget, then the access code. Whether the feature is set
   * up is asked only after both, so a wrong code never learns whether a feature exists, and every
   * guess at the code spends the budget.
   */
  paidGate: MiddlewareHandler;
  /** The access code from the x-access-code header or a sendBeacon body (which cannot set headers). */
  accessOrBeaconBody: MiddlewareHandler;
  /** A looser budget for ending conversations, which must get through on page hide. */
  endLimit: MiddlewareHandler;
  /** A signal that aborts after `ms`: the deadline for one upstream call. */
  deadline: (ms: number) => AbortSignal;
}

/** Runs `first`, then `second` only if `first` let the request through. */
export function inOrder(first: MiddlewareHandler, second: MiddlewareHandler): MiddlewareHandler {
  return (c, next) =>
    first(c, async () => {
      await second(c, next);
    });
}
