import { Hono } from 'hono';
import { ApiError } from '../http/api-error.ts';
import { limitBody, requireJson, validJson } from '../http/request-body.ts';
import type { PrepWriter } from '../prep/gemini-prep-writer.ts';
import { prepRequestSchema } from '../../../contracts/prep-request.ts';
import { UpstreamError } from '../upstream/upstream-error.ts';
import type { RouteKit } from './route-kit.ts';

/** A pack is shorter than a report, but a long CV and job description still take a while. */
export const PREP_DEADLINE_MS = 90_000;
/** A 60,000-character CV plus a 30,000-character job description, with room for multi-byte text. */
export const PREP_BODY_LIMIT_BYTES = 512 * 1024;

export const prepErrors = {
  unconfigured: () =>
    new ApiError(
      503,
      'prep_unconfigured',
      'Preparation packs are not set up on this server. The server owner must set GEMINI_API_KEY.',
    ),
  invalid: () => new ApiError(502, 'prep_invalid', 'The preparation pack came back incomplete. Please try again.'),
};

/** An unusable answer from the model is named as a pack, not as a report, for the person waiting. */
function asPrepError(err: unknown): unknown {
  return err instanceof UpstreamError && err.failure === 'invalid_output' ? prepErrors.invalid() : err;
}

/** POST /api/prep: a preparation pack for a setup, validated before it is returned. */
export function prepRoutes(kit: RouteKit, writer: PrepWriter | undefined): Hono {
  const app = new Hono();
  if (!writer) {
    app.post('/', kit.paidGate, () => {
      throw prepErrors.unconfigured();
    });
    return app;
  }
  app.post(
    '/',
    kit.paidGate,
    limitBody(PREP_BODY_LIMIT_BYTES),
    requireJson,
    validJson(prepRequestSchema),
    async (c) => {
      const request = c.req.valid('json');
      try {
        return c.json(await writer.write(request, kit.deadline(PREP_DEADLINE_MS)));
      } catch (err) {
        throw asPrepError(err);
      }
    },
  );
  return app;
}
