import type { MiddlewareHandler } from 'hono';
import { ApiError } from './api-error.ts';

// Every guess at the access code must draw from one budget. The paid routes spend it before they
// look at the code; the end route has its own, larger budget so a closing tab always gets
// through, which on its own gave a guesser three extra tries a minute for every one on the paid
// routes, and a free oracle (204 or 401) that costs no upstream call. Here a refused code also
// spends the paid budget, so a right code still ends a call cheaply and a wrong one costs a guess.

const REFUSED_CODE = new Set(['access_code_required', 'access_code_invalid']);

/** Runs `check`; when it refuses the access code, charges `budget` too (429 once it is spent). */
export function chargeRefusedCodes(budget: MiddlewareHandler, check: MiddlewareHandler): MiddlewareHandler {
  return async (c, next) => {
    let passed = false;
    try {
      await check(c, async () => {
        passed = true;
        await next();
      });
    } catch (err) {
      // Only the check's own refusal is a guess; anything the route after it throws is not.
      if (passed || !(err instanceof ApiError) || !REFUSED_CODE.has(err.code)) throw err;
      await budget(c, () => Promise.reject(err));
    }
  };
}
