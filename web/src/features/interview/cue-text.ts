// The words of each cue the app sends during a session, in the interview language.

import { appCue } from '../../lib/interviewer/app-cue';
import { cueStrings, type CueStrings } from './cue-text/cue-strings';
import type { Cue, CueKind } from './cue-scheduler';

const SENTENCE: Record<CueKind, keyof CueStrings> = {
  'half-time': 'halfTime',
  'three-minutes-left': 'threeLeft',
  'one-minute-left': 'oneLeft',
  silence: 'silence',
};

export function cueText(cue: Cue, languageCode: string): string {
  return appCue(cue.kind, cueStrings(languageCode)[SENTENCE[cue.kind]], cue);
}

/** What the stall watchdog sends when the model has gone quiet. */
export function nudgeText(languageCode: string): string {
  return appCue('nudge', cueStrings(languageCode).nudge);
}
