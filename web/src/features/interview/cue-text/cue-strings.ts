// What the app tells the interviewer during a session, in the interview language: a Live model
// follows the language of what it hears, so an English kickoff or cue pulls a German interview
// toward English. One entry per base language the setup screen offers (lib/languages.ts); a
// test checks that every offered language has one.

import { CUE_STRINGS_A } from './strings-a';
import { CUE_STRINGS_B } from './strings-b';

export interface CueStrings {
  /** The kickoff: the candidate joined, greet and begin. */
  start: string;
  /** A new Live session continues a lost one: do not greet again, continue. */
  resume: string;
  halfTime: string;
  /** Three minutes left: no new main question. */
  threeLeft: string;
  /** One minute left: close now. */
  oneLeft: string;
  /** The candidate has said nothing for a long while. */
  silence: string;
  /** The model stalled: the candidate waits for a reply. */
  nudge: string;
  /** Answers come typed (no microphone): no remarks on sound or hearing. */
  typed: string;
}

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
