// When the app tells the interviewer about time and silence. A Live model has no clock, so the
// app sends short cues (see lib/interviewer/app-cue.ts). Rules this file keeps:
// - Time cues at half-time, three minutes left and one minute left, each at most once. When
//   several are due at once (the interview resumed late), only the latest is sent.
// - A cue already passed when the scheduler starts (a reload or a new session) is not sent: the
//   continuation text states the time instead.
// - Never while the interviewer speaks. Best while the candidate is answering, so the cue joins
//   their turn and the interviewer reads it before its next reply instead of answering the cue;
//   if no answer comes within `holdMaxMs`, at the next quiet moment.
// - A silence cue once the interviewer has finished and nobody has said anything for
//   `silenceMs`; one per silence, the next only after someone spoke.

import type { Clock, TimerId } from '../../lib/clock';

export type TimeCueKind = 'half-time' | 'three-minutes-left' | 'one-minute-left';
export type CueKind = TimeCueKind | 'silence';

export interface Cue {
  kind: CueKind;
  /** Interview time when the cue was sent, and the planned length. */
  elapsedMs: number;
  targetMs: number;
}

/** What the scheduler needs to know about the conversation at a check. */
export interface CueFacts {
  /** Interview time now. */
  elapsedMs: number;
  /** The room is live (not preparing, reconnecting, ending or failed). */
  active: boolean;
  interviewerSpeaking: boolean;
  /** The candidate has said something since the interviewer last did. */
  candidateAnswering: boolean;
  /** How long nobody has said anything since the interviewer finished; undefined otherwise. */
  quietForMs: number | undefined;
}

export interface CueSchedulerOptions {
  clock: Clock;
  targetMs: number;
  facts: () => CueFacts;
  send: (cue: Cue) => void;
  silenceMs: number;
  checkEveryMs?: number;
  holdMaxMs?: number;
}

export interface CueScheduler {
  start(): void;
  stop(): void;
}

export const CUE_TIMING = { checkEveryMs: 1000, holdMaxMs: 15_000 };

/** When each time cue falls due, in interview time, in order. */
export function timeCueThresholds(targetMs: number): { kind: TimeCueKind; atMs: number }[] {
  const all = [
    { kind: 'half-time' as const, atMs: targetMs / 2 },
    { kind: 'three-minutes-left' as const, atMs: targetMs - 3 * 60_000 },
    { kind: 'one-minute-left' as const, atMs: targetMs - 60_000 },
  ];
  // In a short interview "three minutes left" can come before half-time: keep the order of time.
  return all.filter((t) => t.atMs > 0).sort((a, b) => a.atMs - b.atMs);
}

export function createCueScheduler(o: CueSchedulerOptions): CueScheduler {
  const every = o.checkEveryMs ?? CUE_TIMING.checkEveryMs;
  const holdMaxMs = o.holdMaxMs ?? CUE_TIMING.holdMaxMs;
  const thresholds = timeCueThresholds(o.targetMs);
  let nextIndex = 0;
  let dueSince: number | undefined;
  let silenceCued = false;
  let lastQuietMs: number | undefined;
  let timer: TimerId | undefined;

  function send(kind: CueKind, f: CueFacts) {
    o.send({ kind, elapsedMs: f.elapsedMs, targetMs: o.targetMs });
  }

  function checkTime(f: CueFacts) {
    let due = nextIndex;
    while (due < thresholds.length && (thresholds[due]?.atMs ?? Infinity) <= f.elapsedMs) due++;
    if (due === nextIndex) return;
    dueSince ??= o.clock.now();
    if (f.interviewerSpeaking) return;
    if (!f.candidateAnswering && o.clock.now() - dueSince < holdMaxMs) return;
    const latest = thresholds[due - 1];
    nextIndex = due;
    dueSince = undefined;
    if (latest) send(latest.kind, f);
  }

  function checkSilence(f: CueFacts) {
    // A shorter quiet than last time means someone spoke in between: a new silence.
    const quiet = f.quietForMs;
    if (quiet === undefined || (lastQuietMs !== undefined && quiet < lastQuietMs)) silenceCued = false;
    lastQuietMs = quiet;
    if (quiet === undefined || quiet < o.silenceMs || silenceCued) return;
    silenceCued = true;
    send('silence', f);
  }

  function check() {
    timer = o.clock.setTimeout(check, every);
    const f = o.facts();
    if (!f.active) return;
    checkTime(f);
    checkSilence(f);
  }

  return {
    start() {
      if (timer !== undefined) return;
      const already = o.facts().elapsedMs;
      while (nextIndex < thresholds.length && (thresholds[nextIndex]?.atMs ?? Infinity) <= already) nextIndex++;
      timer = o.clock.setTimeout(check, every);
    },
    stop() {
      if (timer !== undefined) o.clock.clearTimeout(timer);
      timer = undefined;
    },
  };
}
