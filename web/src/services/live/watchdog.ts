// The Live model sometimes goes silent after the candidate interrupts it or finishes an answer,
// and then waits forever. The watchdog notices: once the candidate has spoken (or typed, or
// interrupted) and nothing comes back from the model for `stallMs`, it nudges the model with a
// short text; if that also stays unanswered for `afterNudgeMs`, it asks for a fresh connection
// (the session resumes from its handle, which usually unsticks the model).
// Every new sign of the candidate restarts the wait, so a long answer never trips it: the
// candidate's transcription keeps arriving while they speak.

import type { Clock, TimerId } from './clock';

export interface StallWatchdogOptions {
  clock: Clock;
  /** Silence after the candidate's last sign before the nudge. Must exceed the Patience pause. */
  stallMs: number;
  /** Silence after the nudge before reconnecting. */
  afterNudgeMs: number;
  onNudge: () => void;
  onStalled: () => void;
}

export interface StallWatchdog {
  candidateActivity(): void;
  modelOutput(): void;
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

  return {
    candidateActivity() {
      clear();
      stage = 'waiting';
      timer = opts.clock.setTimeout(fire, opts.stallMs);
    },
    modelOutput() {
      clear();
      stage = 'idle';
    },
    stop() {
      clear();
      stage = 'idle';
    },
    get stage() {
      return stage;
    },
  };
}
