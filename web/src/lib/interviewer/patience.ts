// How long the interviewer waits after the candidate stops talking. With the room's own
// detector (the usual case) the browser decides, by how the answer ends (TURN_WAIT_MS, scaled
// by PATIENCE_SCALE; features/interview/turn/ says why each figure); without one, Gemini Live's
// automatic detection is tuned through `silenceDurationMs` (PATIENCE_SILENCE_MS).
import type { Patience } from '../interview';

/**
 * Silence before the hand-over on Normal, by how the answer so far ends: a full stop, words
 * with no punctuation yet, or mid-sentence ("and", "um", a comma): a thinking pause. `finished`
 * is the wait until the room has heard how this candidate pauses between sentences; after that
 * it waits just past their own pauses (features/interview/turn/candidate-pauses.ts). 600 ms
 * outlasts most people's pause between two sentences (espeak's own: 210–400 ms).
 */
export const TURN_WAIT_MS = { finished: 600, open: 700, midSentence: 3_200 } as const;

/** Multiplies every wait: Quick replies sooner, Relaxed gives more room to think. */
export const PATIENCE_SCALE: Readonly<Record<Patience, number>> = { quick: 0.8, normal: 1, relaxed: 1.5 };

/**
 * Silence, in milliseconds, before the interviewer takes its turn.
 * - quick 500 ms: people leave 200–500 ms between sentences in fluent speech, so the interviewer
 *   answers as soon as a thought is finished; brisk, but a thinking pause may be cut off.
 * - normal 900 ms: just past the usual gap between sentences; short hesitations survive.
 * - relaxed 1600 ms: room for the 1–2 s "let me think" pauses common in interview answers and
 *   when speaking a second language, at the cost of a slower reply.
 */
export const PATIENCE_SILENCE_MS: Readonly<Record<Patience, number>> = {
  quick: 500,
  normal: 900,
  relaxed: 1600,
};

const seconds = (ms: number): string => `${(Math.round(ms / 100) / 10).toLocaleString('en')} s`;

/** What each choice does, in the figures the room uses. */
function patienceHint(patience: Patience): string {
  const scale = PATIENCE_SCALE[patience];
  const finished = seconds(TURN_WAIT_MS.finished * scale);
  const midSentence = seconds(TURN_WAIT_MS.midSentence * scale);
  const scaled =
    scale === 1
      ? ''
      : ` Every wait is ${Math.round(Math.abs(1 - scale) * 100)} % ${scale < 1 ? 'shorter' : 'longer'} than on Normal.`;
  return `When your sentence sounds finished, the interviewer waits about ${finished} at first, then, once it has heard how you pause between sentences, just past your longest recent pause. When you stop mid-sentence (after “and”, “um” or a comma) it waits about ${midSentence}.${scaled}`;
}

export const PATIENCE_LABELS: Readonly<Record<Patience, { label: string; hint: string }>> = {
  quick: { label: 'Quick', hint: patienceHint('quick') },
  normal: { label: 'Normal', hint: patienceHint('normal') },
  relaxed: { label: 'Relaxed', hint: patienceHint('relaxed') },
};
