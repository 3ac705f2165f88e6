// The candidate's turn in the room, when the browser owns turn-taking: our detector says when
// they speak, the end-of-turn policy says when the answer is over, and the Live session hears
// activityStart / activityEnd. Barge-in is the same path: speech over the interviewer stops the
// voice here at once and, upstream, activityStart interrupts the model (its default activity
// handling, START_OF_ACTIVITY_INTERRUPTS). Echo is kept out by the microphone's echo
// cancellation and by the detector asking for more evidence while the interviewer plays
// (setInterviewerPlaying); the detector only reports speech past its minimum length.
// An answer that reads finished is handed over early (early-hand-over.ts): activityEnd goes out
// at once and the reply is held (`replies`) until the policy's confident wait has passed. Speech
// before then takes the turn back: the held reply is dropped and the answer opens again upstream
// (activityStart interrupts the model); in the room it stays one answer.

import type { Clock, TimerId } from '../../../lib/clock';
import type { ReplyAction } from '../../../lib/reply-gate';
import type { LiveClient } from '../../../services/live/types';
import type { SessionEvent } from '../session-machine';
import type { LinkedAnswers } from '../live-media';
import type { InterviewerVoice } from '../voice-types';
import { createAnswerAudio } from '../../../services/live/answer-audio';
import type { EndOfTurnPolicy, TurnView } from './end-of-turn-policy';
import { sameDisplay, turnDisplay, type TurnDisplay } from './turn-display';

/** What changes the candidate's turn: the detector's speech edges and the room's controls. */
export type TurnEvent =
  | { type: 'speech-start'; streamMs: number }
  | { type: 'speech-end'; streamMs: number; voicedMs: number }
  /** Hold Space / "Still thinking" pressed (true) or let go (false). */
  | { type: 'hold'; held: boolean }
  /** Enter / "Done": hand the turn over now. */
  | { type: 'hand-over' };

export interface TurnTakingDeps {
  policy: EndOfTurnPolicy;
  /** The detector's current stream time: every policy time is on this clock. */
  streamMs: () => number;
  /**
   * Whether streamMs must stay fresh between the detector's events: only while a turn is timed
   * (the answer, its pauses, a held reply). Keeping it fresh costs the page a task per 20 ms.
   */
  followStream?: (on: boolean) => void;
  clock: Clock;
  live: () => Pick<LiveClient, 'sendActivityStart' | 'sendActivityEnd' | 'sendAudio'> | undefined;
  voice: Pick<InterviewerVoice, 'flush' | 'playing'>;
  /**
   * Set while the microphone's frames go straight to the Live client's thread, which then holds
   * them outside an answer itself: the answer's edges go there instead of activityStart/End.
   */
  linkedAnswers?: () => LinkedAnswers | undefined;
  /** Holds, releases or drops the interviewer's reply, on the page and where its audio is played. */
  replies?: (action: ReplyAction) => void;
  /** Whether the candidate's speech counts now (live or reconnecting, not muted). */
  listening: () => boolean;
  dispatch: (event: SessionEvent) => void;
}

export interface TurnTaking {
  /** The interview is live: the room starts showing the candidate's turn. */
  begin(): void;
  /** A microphone chunk: it reaches the model inside an answer only (answer-audio.ts). */
  audio(pcm: Int16Array): void;
  handle(event: TurnEvent): void;
  /** A fragment of the live input transcription. */
  heard(text: string): void;
  /** A fragment of the interviewer's words, to size the question being asked. */
  interviewerWords(text: string): void;
  /** The interviewer finished its turn: the next answer starts. */
  interviewerDone(): void;
  stop(): void;
}

export function createTurnTaking(deps: TurnTakingDeps): TurnTaking {
  const { policy, clock } = deps;
  let shown: TurnDisplay = { status: 'off' };
  let last: TurnView['status'] = 'idle';
  /** The detector follows the stream until told otherwise. */
  let following = true;
  let questionWords = 0;
  let timer: TimerId | undefined;
  let stopped = false;
  /** Handed over early: the reply is held until the policy's confident hand-over. */
  let early = false;
  /** Open from activityStart to activityEnd: later speech in the answer joins it. */
  const answer = createAnswerAudio((pcm) => deps.live()?.sendAudio(pcm));

  function speechStart(streamMs: number) {
    policy.onSpeechStart(streamMs);
    if (deps.voice.playing()) deps.voice.flush();
    if (answer.isOpen()) return;
    // A take-back: the candidate heard nothing of the reply; it is dropped, the answer reopens.
    if (early) deps.replies?.('drop');
    early = false;
    const preRoll = answer.open(streamMs);
    const linked = deps.linkedAnswers?.();
    if (linked) return linked.open(streamMs);
    const live = deps.live();
    live?.sendActivityStart();
    preRoll.forEach((pcm) => live?.sendAudio(pcm));
  }

  /** Brings the policy up to now: a due hand-over sends activityEnd, the display follows, the next check is set. */
  function update() {
    if (stopped) return;
    const now = deps.streamMs();
    const view = policy.tick(now);
    if (view.status === 'tentative' && answer.isOpen()) handOver('hold');
    if (view.status === 'handed-over' && last !== 'handed-over') handOver('release');
    last = view.status;
    follow(view.status !== 'handed-over' && view.status !== 'idle');
    const display = turnDisplay(view, now);
    if (!sameDisplay(display, shown)) deps.dispatch({ type: 'turn', turn: display });
    shown = display;
    schedule(view, now);
  }

  /** activityEnd, with the reply held back ('hold') or let through ('release'); a held reply is released. */
  function handOver(replies: 'hold' | 'release') {
    // Always told: a release also ends the dropping that follows a take-back.
    deps.replies?.(replies);
    early = replies === 'hold';
    if (!answer.isOpen()) return;
    answer.close();
    const linked = deps.linkedAnswers?.();
    if (linked) linked.close();
    else deps.live()?.sendActivityEnd();
  }

  /** Nothing is timed while the interviewer has the turn or before an answer begins: events alone move the clock then. */
  function follow(on: boolean) {
    if (on === following) return;
    following = on;
    deps.followStream?.(on);
  }

  function schedule(view: TurnView, now: number) {
    if (timer !== undefined) clock.clearTimeout(timer);
    timer = undefined;
    const next = nextCheckAtMs(view, now);
    // The stream clock moves in capture frames: never spin faster than one frame.
    if (next !== undefined) timer = clock.setTimeout(update, Math.max(20, next - now));
  }

  return {
    begin: update,
    audio: (pcm) => answer.push(pcm),
    handle(event) {
      const now = deps.streamMs();
      if (event.type === 'speech-start' && deps.listening()) speechStart(event.streamMs);
      if (event.type === 'speech-end') policy.onSpeechEnd(event.streamMs, event.voicedMs);
      if (event.type === 'hold') policy.hold(event.held, now);
      if (event.type === 'hand-over') policy.done(now);
      update();
    },
    heard(text) {
      // Late words change the plan: "and" arriving in the silence lengthens the wait.
      policy.onTranscript(text, deps.streamMs());
      update();
    },
    interviewerWords(text) {
      questionWords += text.split(/\s+/u).filter(Boolean).length;
    },
    interviewerDone() {
      policy.questionAsked(questionWords);
      questionWords = 0;
      update();
    },
    stop() {
      stopped = true;
      if (timer !== undefined) clock.clearTimeout(timer);
    },
  };
}

/** When a silence's view next changes by itself: the ring appears, the early or the confident hand-over. */
function nextCheckAtMs(view: TurnView, now: number): number | undefined {
  if (view.status !== 'pausing' && view.status !== 'tentative') return undefined;
  const end = view.status === 'pausing' ? view.handOverAtMs : view.releaseAtMs;
  const early = view.status === 'pausing' ? view.earlyAtMs : undefined;
  const ahead = [view.countdownFromMs, early ?? end].filter((t) => t > now);
  return Math.min(...ahead, end);
}
