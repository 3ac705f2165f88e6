import { Hono } from 'hono';
import { z } from 'zod';
import { languageCodeSchema } from '../../../contracts/language-code.ts';
import { apiErrors } from '../http/api-error.ts';
import { createSampleCache, type SampleCache } from '../voice-sample/sample-cache.ts';
import type { VoiceSampler } from '../voice-sample/gemini-voice-sampler.ts';
import type { RouteKit } from './route-kit.ts';

/** A Live session opens, speaks one line and closes: a little longer than a token. */
export const SAMPLE_DEADLINE_MS = 20_000;

const sampleQuery = z.strictObject({
  voice: z.string().regex(/^[A-Za-z]{1,32}$/, 'must be a voice name such as Kore'),
  lang: languageCodeSchema,
});

/**
 * GET /api/voice-sample?voice=Kore&lang=en-US: a WAV of the voice saying a short greeting. It
 * spends a Live session, so it goes through the paid gate like tokens and reports; a sample
 * already made is served from memory (still counted, so the gate stays one rule).
 */
export function voiceSampleRoutes(
  kit: RouteKit,
  sampler: VoiceSampler | undefined,
  cache: SampleCache = createSampleCache(),
): Hono {
  const app = new Hono();
  app.get('/', kit.paidGate, async (c) => {
    if (!sampler) throw apiErrors.voiceSampleUnconfigured();
    const parsed = sampleQuery.safeParse(c.req.query());
    if (!parsed.success)
      throw apiErrors.invalidRequest(
        parsed.error.issues.map((i) => `${i.path.join('.') || 'query'} ${i.message}`).join('; '),
      );
    const { voice, lang } = parsed.data;
    const wav = await cache.get(`${voice}|${lang}`, () =>
      sampler.sample({ voice, languageCode: lang }, kit.deadline(SAMPLE_DEADLINE_MS)),
    );
    return c.body(wav.slice().buffer, 200, { 'content-type': 'audio/wav' });
  });
  return app;
}
