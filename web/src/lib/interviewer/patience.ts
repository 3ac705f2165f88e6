// How long a pause ends the candidate's turn, as Gemini Live's automatic activity detection
// setting `realtimeInputConfig.automaticActivityDetection.silenceDurationMs`.
import type { Patience } from '../interview';

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

export const PATIENCE_LABELS: Readonly<Record<Patience, { label: string; hint: string }>> = {
  quick: { label: 'Quick', hint: 'The interviewer replies after about half a second of silence.' },
  normal: { label: 'Normal', hint: 'About one second: short hesitations are fine.' },
  relaxed: { label: 'Relaxed', hint: 'About one and a half seconds: time to think mid-answer.' },
};
