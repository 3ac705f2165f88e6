// What the room shows of the candidate's turn: nothing while the browser does not own turn-taking
// (no detector: the server decides), otherwise whether they are talking, holding the turn, or
// about to hand it over (the countdown ring).

import type { TurnView } from './end-of-turn-policy';

export type TurnDisplay =
  /** The server's own voice detection ends turns; the room has no controls for it. */
  | { status: 'off' }
  /** The interviewer's turn, or the candidate has not started. */
  | { status: 'waiting' }
  | { status: 'speaking' }
  | { status: 'held' }
  /** The room thinks the answer is over: it hands over in `leftMs` (of `totalMs`) unless speech resumes. */
  | { status: 'countdown'; leftMs: number; totalMs: number };

/** The display for `view` at stream time `nowMs`. A pause before its countdown shows as speaking. */
export function turnDisplay(view: TurnView, nowMs: number): TurnDisplay {
  switch (view.status) {
    case 'speaking':
    case 'held':
      return { status: view.status };
    case 'pausing':
    case 'tentative': {
      // An early hand-over is unseen by the candidate: the ring counts to when they hear the reply.
      const handOverAtMs = view.status === 'pausing' ? view.handOverAtMs : view.releaseAtMs;
      if (nowMs < view.countdownFromMs) return { status: 'speaking' };
      return {
        status: 'countdown',
        leftMs: Math.max(0, handOverAtMs - nowMs),
        totalMs: handOverAtMs - view.countdownFromMs,
      };
    }
    default:
      return { status: 'waiting' };
  }
}

/** Whether two displays show the same thing (a countdown is the same ring while its total holds). */
export function sameDisplay(a: TurnDisplay, b: TurnDisplay): boolean {
  if (a.status === 'countdown' && b.status === 'countdown') return a.totalMs === b.totalMs;
  return a.status === b.status;
}
