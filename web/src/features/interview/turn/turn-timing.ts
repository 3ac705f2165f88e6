// How long the interviewer waits after the candidate stops talking, by how the answer ends and
// by the candidate's Patience. Figures are milliseconds of silence on the capture clock.
// - finished (a full stop): people leave 200–500 ms between turns in conversation; 300 ms
//   answers promptly without stepping on the last word (bench budget: median ≤ 400 ms).
// - open (words, no punctuation yet): the transcriber may not have caught up; a little longer.
// - unfinished ("and", "um", a comma): a thinking pause. Candidates pause 1–3 s mid-answer, so
//   the wait outlasts 2.5 s on Normal and more on Relaxed.
// - After a long question, an answer shorter than MIN_ANSWER_VOICED_MS is not handed over on
//   silence until MAX_SILENCE_MS: the candidate is still gathering their thoughts. The cap
//   keeps a silent room from waiting for ever (Done hands over at once in any case).

import type { Patience } from '../../../lib/interview';
import { PATIENCE_SCALE, TURN_WAIT_MS } from '../../../lib/interviewer/patience';
import type { AnswerEnding } from './turn-words';

export { PATIENCE_SCALE } from '../../../lib/interviewer/patience';

/** The figures live beside Patience's labels (lib/interviewer/patience.ts), so the labels say what the room does. */
export const BASE_WAIT_MS: Readonly<Record<AnswerEnding, number>> = {
  finished: TURN_WAIT_MS.finished,
  open: TURN_WAIT_MS.open,
  none: TURN_WAIT_MS.open,
  unfinished: TURN_WAIT_MS.midSentence,
};

/** A question of at least this many words is a long one. */
export const LONG_QUESTION_WORDS = 20;
/** Voiced speech an answer to a long question needs before silence may end it. */
export const MIN_ANSWER_VOICED_MS = 3_000;
/** Silence that ends even a short answer to a long question. */
export const MAX_SILENCE_MS = 8_000;
/** The countdown ring shows for at most this long before the hand-over. */
export const COUNTDOWN_MS = 1_200;

/**
 * Silence before the hand-over for an answer ending this way. `finishedMs` replaces the
 * finished wait on Normal once the candidate's own sentence pauses are known (candidate-pauses.ts).
 */
export function waitAfterSpeech(
  ending: AnswerEnding,
  patience: Patience,
  shortOfMinimum: boolean,
  finishedMs: number = BASE_WAIT_MS.finished,
): number {
  const scale = PATIENCE_SCALE[patience];
  const base = ending === 'finished' ? finishedMs : BASE_WAIT_MS[ending];
  return Math.round((shortOfMinimum ? MAX_SILENCE_MS : base) * scale);
}
