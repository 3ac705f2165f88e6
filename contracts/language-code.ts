import { z } from 'zod';

// A language tag as the app sends it: a BCP-47 primary language of two or three letters and up
// to three subtags of letters or digits ("en", "en-GB", "zh-Hant-TW", "es-419"). The shape is
// strict on purpose: the code is the one candidate value placed in a model's instructions
// outside the data fence, so it must never be able to carry words, quotes or markers.

export const LANGUAGE_CODE = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8}){0,3}$/;

export const languageCodeSchema = z.string().regex(LANGUAGE_CODE, 'must be a language code such as en-US');

/** The code when it has the shape above, otherwise nothing (the caller falls back). */
export function wellFormedLanguageCode(code: string | undefined): string | undefined {
  return code !== undefined && LANGUAGE_CODE.test(code) ? code : undefined;
}
