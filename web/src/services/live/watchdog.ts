// The Live model sometimes goes silent after the candidate interrupts it or finishes an answer,
// or stops mid-reply and never completes its turn, and then waits forever ("the model may stall
// silently after an interruption", docs/protocols.md). The watchdog notices: while the model
// owes something (the candidate has spoken, typed or interrupted, or the model is mid-reply),
// it counts from the last activity of either side; after `stallMs` without any, it nudges the
// model with a short text, and if that also stays unanswered for `afterNudgeMs`, it asks for a
// fresh connection (the session resumes from its handle, which usually unsticks the model).
// Only a completed model turn stands it down: then it is the candidate's turn, and the
// candidate may think as long as they like. Every new sign from either side restarts the wait,
// so neither a long answer nor a long reply trips it.

import type { Clock, TimerId } from '../../lib/clock';

export interface StallWatchdogOptions {
  clock: Clock;
  /** Silence from both sides before the nudge. Must exceed the Patience pause. */
  stallMs: number;
  /** Silence after the nudge before reconnecting. */
  afterNudgeMs: number;
  onNudge: () => void;
  onStalled: () => void;
}

export interface StallWatchdog {
  /** A sign of life from either side: the wait starts again from now. */
  activity(): void;
  /** The model completed its turn: nothing is owed until the candidate acts. */
  settled(): void;
  stop(): void;
  readonly stage: 'idle' | 'waiting' | 'nudged';
}

export function createStallWatchdog(opts: StallWatchdogOptions): StallWatchdog {
  let stage: StallWatchdog['stage'] = 'idle';
  let timer: TimerId | undefined;

  const clear = () => {
    if (timer !== undefined) opts.clock.clearTimeout(timer);
    timer = undefined;
  };
  const fire = () => {
    timer = undefined;
    if (stage === 'waiting') {
      stage = 'nudged';
      timer = opts.clock.setTimeout(fire, opts.afterNudgeMs);
      opts.onNudge();
    } else if (stage === 'nudged') {
      stage = 'idle';
      opts.onStalled();
    }
  };
  const idle = () => {
    clear();
    stage = 'idle';
  };

  return {
    activity() {
      clear();
      stage = 'waiting';
      timer = opts.clock.setTimeout(fire, opts.stallMs);
    },
    settled: idle,
    stop: idle,
    get stage() {
      return stage;
    },
  };
}
