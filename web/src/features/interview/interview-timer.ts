// The interview's own time: it starts when the interviewer first goes live (continuing from the
// saved turns after a reload), ticks so the room can show the clock and check the ending, and
// stops for good when the interview is over.

import type { Clock, TimerId } from '../../lib/clock';

export interface InterviewTimer {
  /** Starts the clock `alreadyMs` in (the end of the saved turns), unless it runs already; starts ticking. */
  start(alreadyMs: number): void;
  started(): boolean;
  /** Interview time now, or its final length once stopped. */
  elapsed(): number;
  /** Interview time now, for turn times (still running while the interview wraps up). */
  now(): number;
  /** Stops ticking and freezes elapsed(); returns the final length. */
  stop(): number;
  stopped(): boolean;
}

export function createInterviewTimer(clock: Clock, tickMs: number, onTick: () => void): InterviewTimer {
  let startedAt: number | undefined;
  let finalElapsed: number | undefined;
  let tickTimer: TimerId | undefined;
  const now = () => (startedAt === undefined ? 0 : clock.now() - startedAt);

  function tick() {
    tickTimer = clock.setTimeout(tick, tickMs);
    onTick();
  }

  return {
    start(alreadyMs) {
      startedAt ??= clock.now() - alreadyMs;
      if (tickTimer === undefined && finalElapsed === undefined) tickTimer = clock.setTimeout(tick, tickMs);
    },
    started: () => startedAt !== undefined,
    elapsed: () => finalElapsed ?? now(),
    now,
    stop() {
      finalElapsed ??= now();
      if (tickTimer !== undefined) clock.clearTimeout(tickTimer);
      tickTimer = undefined;
      return finalElapsed;
    },
    stopped: () => finalElapsed !== undefined,
  };
}
