// What the interviewer is doing, for the status line and the orb: speaking while its audio plays,
// thinking once the candidate has gone quiet (or sent a typed answer) and no reply has started,
// listening otherwise.

import type { InterviewerActivity } from './session-types';

/** Silence after the candidate's last words before the interviewer counts as thinking. */
export const THINKING_AFTER_MS = 700;
/**
 * Playback reports a stop whenever its queue runs dry, also for a moment between two chunks of
 * one reply; the status line should not flicker for that.
 */
export const SPEAKING_HOLD_MS = 400;

export interface ActivityFacts {
  playing: boolean;
  /** When playback last stopped. */
  stoppedPlayingAt?: number;
  now: number;
  /** When the candidate last produced words (spoken fragment or typed answer). */
  lastCandidateAt?: number;
  /** When the interviewer last produced output (audio or words). */
  lastModelAt?: number;
  /** A typed answer was sent and not answered yet: thinking at once. */
  typedPending: boolean;
}

export function interviewerActivity(f: ActivityFacts): InterviewerActivity {
  if (f.playing || (f.stoppedPlayingAt !== undefined && f.now - f.stoppedPlayingAt < SPEAKING_HOLD_MS))
    return 'speaking';
  const awaitingReply =
    f.lastCandidateAt !== undefined && (f.lastModelAt === undefined || f.lastCandidateAt > f.lastModelAt);
  if (!awaitingReply) return 'listening';
  if (f.typedPending) return 'thinking';
  return f.now - (f.lastCandidateAt ?? f.now) >= THINKING_AFTER_MS ? 'thinking' : 'listening';
}
