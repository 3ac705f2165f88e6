import { Hono } from 'hono';
import { z } from 'zod';
import { languageCodeSchema } from '../../../contracts/language-code.ts';
import { apiErrors } from '../http/api-error.ts';
import { limitBody, requireJson, validJson } from '../http/request-body.ts';
import type { LiveTokenMinter } from '../upstream/gemini.ts';
import type { RouteKit } from './route-kit.ts';

export const TOKEN_DEADLINE_MS = 15_000;
export const DEFAULT_DURATION_MINUTES = 30;
const BODY_LIMIT_BYTES = 4 * 1024;

/**
 * `voice`, `languageCode` and `manualActivity` are locked into the token's setup
 * (upstream/gemini.ts says why); the browser also sends them in its own setup message.
 */
const liveTokenBody = z.strictObject({
  voice: z
    .string()
    .regex(/^[A-Za-z]{1,32}$/, 'must be a voice name such as Kore')
    .optional(),
  languageCode: languageCodeSchema.optional(),
  durationMinutes: z.number().int().min(5).max(60).optional(),
  manualActivity: z.boolean().optional(),
});

/** POST /api/live/token: a single-use ephemeral token for the browser's Gemini Live session. */
export function liveTokenRoutes(kit: RouteKit, minter: LiveTokenMinter | undefined): Hono {
  const app = new Hono();
  if (!minter) {
    app.post('/token', kit.paidGate, () => {
      throw apiErrors.liveUnconfigured();
    });
    return app;
  }
  app.post('/token', kit.paidGate, limitBody(BODY_LIMIT_BYTES), requireJson, validJson(liveTokenBody), async (c) => {
    const { durationMinutes = DEFAULT_DURATION_MINUTES, voice, languageCode, manualActivity } = c.req.valid('json');
    const req = { durationMinutes, voice, languageCode, ...(manualActivity ? { manualActivity } : {}) };
    return c.json(await minter.mint(req, kit.deadline(TOKEN_DEADLINE_MS)));
  });
  return app;
}
