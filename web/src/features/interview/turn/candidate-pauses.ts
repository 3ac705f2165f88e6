// The candidate's own pauses between sentences, learnt during the interview. People differ: a
// brisk speaker leaves 200 ms between sentences, a careful one 500 ms or more. A wait after a
// finished sentence that is shorter than the speaker's own sentence pause hands over while they
// draw breath for the next one; a much longer one makes every reply slow. So the room starts with
// a wait that covers most people's pauses and, once it has seen how this candidate pauses and
// goes on, waits just past the longest of their recent ordinary pauses. A pause shorter than the
// detector's hangover is never seen as one, which keeps the learnt wait above it.
// Only pauses the candidate ended by speaking again count, and only short ones: a thinking pause
// (after "and", or over a second) says nothing about the breath between two sentences.

/** Pauses at least this long are thinking pauses, not the gap between sentences. */
export const ORDINARY_PAUSE_MAX_MS = 1_000;
/** The learnt wait is the longest of this many recent ordinary pauses… */
const REMEMBERED = 6;
/**
 * …plus this margin. A pause varies: a weak last syllable under room noise ends the detector's
 * speech 100 ms or more early (turns bench: a 400 ms sentence pause seen as 544 ms), and speech
 * resuming takes the detector 60–80 ms to confirm (the segmenter's resumption minimum).
 */
export const PAUSE_MARGIN_MS = 250;

export interface CandidatePauses {
  /** The candidate went on speaking after `pauseMs` of silence. */
  resumed(pauseMs: number): void;
  /** The wait after a finished sentence: `firstMs` until a pause is known, then the learnt one (longer or shorter). */
  finishedWait(firstMs: number): number;
}

export function createCandidatePauses(): CandidatePauses {
  const recent: number[] = [];
  return {
    resumed(pauseMs) {
      if (pauseMs <= 0 || pauseMs >= ORDINARY_PAUSE_MAX_MS) return;
      recent.push(pauseMs);
      if (recent.length > REMEMBERED) recent.shift();
    },
    finishedWait(firstMs) {
      if (recent.length === 0) return firstMs;
      return Math.max(...recent) + PAUSE_MARGIN_MS;
    },
  };
}
