// The speculative ("preemptive") hand-over: when an answer reads finished, the model is asked to
// start its reply before the room is sure the candidate is done, and the reply is held back until
// the candidate's own confident wait has passed (end-of-turn-policy.ts 'tentative').
// Why: the full stop of the live transcription arrives ~300 ms after the words, and many
// candidates pause 370–400 ms between sentences, so a confident wait that does not cut them also
// answers a finished answer late (the turns bench: median ~570 ms). Starting the model early
// hides its composing time inside that wait; the candidate hears nothing sooner than before.
// The cost is upstream: if the candidate goes on, the room takes the turn back (activityStart,
// which interrupts the model) and drops what was held, but whatever the model had composed and
// sent stays in its context. So it is done only on the strongest sign of a finished answer: a
// fresh full stop (one that arrived after the silence began), never on words with no punctuation,
// mid-clause, while held, or before the minimum answer length after a long question.

import type { Patience } from '../../../lib/interview';
import { PATIENCE_SCALE } from './turn-timing';
import type { AnswerEnding } from './turn-words';

/**
 * Silence after speech before the early hand-over. The fresh full stop usually arrives later than
 * this (the transcription lags ~300 ms), so the full stop decides; this floor keeps a detector that
 * ends speech on a weak syllable from handing over in the middle of a breath.
 */
export const EARLY_SILENCE_MS = 150;

export interface EarlyHandOverFacts {
  ending: AnswerEnding;
  patience: Patience;
  /** The answer is short of the minimum after a long question. */
  shortOfMinimum: boolean;
  held: boolean;
  /** Where the silence is counted from (end of speech, or the release of a hold). */
  silentFromMs: number;
  nowMs: number;
  /** The silence floor on Normal; EARLY_SILENCE_MS unless a caller (the bench's sweep) says otherwise. */
  floorMs?: number;
}

/** When the early hand-over may happen for this silence, or undefined when it may not at all. */
export function earlyHandOverAtMs(f: Omit<EarlyHandOverFacts, 'nowMs'>): number | undefined {
  if (f.ending !== 'finished' || f.shortOfMinimum || f.held) return undefined;
  return f.silentFromMs + Math.round((f.floorMs ?? EARLY_SILENCE_MS) * PATIENCE_SCALE[f.patience]);
}

/** Whether the answer may be handed over early at `nowMs`. */
export function earlyHandOverDue(f: EarlyHandOverFacts): boolean {
  const at = earlyHandOverAtMs(f);
  return at !== undefined && f.nowMs >= at;
}
