// Tuning of the resilient live client (see resumption.ts for what each rule is for).

import type { BackoffOptions } from '../../lib/backoff';
import type { LiveToken } from '../api/types';
import type { Clock } from '../../lib/clock';
import type { OpenConnection } from './types';

export interface ResilientLiveOptions {
  getToken: () => Promise<LiveToken>;
  open: OpenConnection;
  clock: Clock;
  random?: () => number;
  backoff?: BackoffOptions;
  giveUpAfterMs?: number;
  reconnectingNoticeMs?: number;
  /** How long before the announced close the switch happens even if the model is mid-reply. */
  goAwayMarginMs?: number;
  watchdog?: { stallMs: number; afterNudgeMs: number };
  nudgeText?: string;
  /** Sent after a reconnect that cut the interviewer mid-reply. */
  reaskText?: string;
  /** The client marks the candidate's turns (activity-turn.ts); the server's voice detection is off. */
  manualActivity?: boolean;
}

export const RESILIENCE_DEFAULTS = {
  // Long enough to ride out a train tunnel or a Wi-Fi handover; after that the candidate should
  // know and decide (retry or end with what was said).
  giveUpAfterMs: 45_000,
  // About the longest pause that still reads as part of a conversation; shorter gaps stay silent.
  reconnectingNoticeMs: 700,
  // goAway comes ~50–60 s ahead; 5 s is ample to open the next connection even on a slow network.
  goAwayMarginMs: 5_000,
  // Well past the longest Patience pause (1.6 s) plus a slow reply (2–3 s), so only a real stall
  // triggers it; nudge first because it is cheap, reconnect if even that is not answered.
  watchdog: { stallMs: 9_000, afterNudgeMs: 6_000 },
  nudgeText: '(The candidate is waiting for your reply. Please continue the interview.)',
  // Short, and phrased for both cases a cut can leave: a question half-asked, or a reply not yet
  // begun (the handle predates it). Sent as realtimeInput text, which every profile accepts
  // all session long (on 3.1, clientContent only seeds the initial history).
  reaskText:
    '(The connection dropped and the candidate did not hear your last reply. Please say it again from the start, briefly.)',
};
