// What the app tells the interviewer during a session, in the interview language: a Live model
// follows the language of what it hears, so an English kickoff or cue pulls a German interview
// toward English. One entry per base language the setup screen offers (lib/languages.ts); a
// test checks that every offered language has one.

import { CUE_STRINGS_A } from './strings-a';
import { CUE_STRINGS_B } from './strings-b';
import type { CueStrings } from './cue-strings-type';

export type { CueStrings } from './cue-strings-type';

const TABLE: Readonly<Record<string, CueStrings>> = { ...CUE_STRINGS_A, ...CUE_STRINGS_B };

/** The base language of a BCP-47 code as this table keys it ("de-DE" → "de", "cmn-CN" → "cmn"). */
export function baseLanguage(code: string): string {
  return code.split('-')[0]?.toLowerCase() ?? '';
}

export function hasCueStrings(code: string): boolean {
  return baseLanguage(code) in TABLE;
}

/** The strings for an interview language; English when the language has no entry. */
export function cueStrings(code: string): CueStrings {
  return TABLE[baseLanguage(code)] ?? CUE_STRINGS_A.en;
}
