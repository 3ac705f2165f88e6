// When the interviewer calls end_interview, its goodbye may come before the call or after the
// tool response; either way it should be heard to the end. The interview is over once playback
// has stopped and the model is done: it completed a turn after the call, or it has been silent
// for `quietMs`. `maxWaitMs` bounds the wait if the model never finishes.

export interface EndingFacts {
  now: number;
  toolCallAt: number;
  /** Last reply audio or words from the model. */
  lastModelAt?: number;
  turnCompleteAfterCall: boolean;
  playing: boolean;
}

export const ENDING_TIMING = { quietMs: 3000, maxWaitMs: 20_000 };

export function closingWordsHeard(f: EndingFacts, timing = ENDING_TIMING): boolean {
  if (f.now - f.toolCallAt >= timing.maxWaitMs) return true;
  if (f.playing) return false;
  if (f.turnCompleteAfterCall) return true;
  return f.now - Math.max(f.toolCallAt, f.lastModelAt ?? 0) >= timing.quietMs;
}
