// Hooks the cue scheduler into the room: reads the conversation's facts, and sends each cue as
// text in the interview language. The session only starts and stops it.

import type { InterviewSetup, Patience } from '../../lib/interview';
import type { Clock } from '../../lib/clock';
import { createCueScheduler, type CueFacts, type CueScheduler } from './cue-scheduler';
import { cueText } from './cue-text';
import type { InterviewerVoice } from './voice-types';

/**
 * How long nobody speaks after the interviewer's turn before the app says so. Real interviewers
 * let a candidate think for 10-20 s; a candidate who chose a relaxed pace gets longer.
 */
export const SILENCE_CUE_MS: Readonly<Record<Patience, number>> = { quick: 15_000, normal: 20_000, relaxed: 30_000 };

/** Words from the candidate this recently mean they are still answering. */
const ANSWERING_WITHIN_MS = 2500;

/** Where the facts come from: the interviewer's voice, the conversation, the session. */
export interface CueSources {
  voice: Pick<InterviewerVoice, 'playing' | 'stoppedAt'>;
  /** When each side last produced words or audio (clock time). */
  spoke: () => { candidate?: number; interviewer?: number };
  /** Interview time now. */
  elapsed: () => number;
  live: () => boolean;
  muted: () => boolean;
}

export function conversationFacts(src: CueSources, now: number): CueFacts {
  const { candidate, interviewer } = src.spoke();
  const playing = src.voice.playing();
  const awaitingReply = candidate !== undefined && (interviewer === undefined || candidate > interviewer);
  // Quiet counts from the end of the interviewer's turn; while a reply is awaited the stall
  // watchdog is in charge, and a muted candidate has chosen their silence.
  const quiet = !playing && !awaitingReply && !src.muted() && interviewer !== undefined;
  const quietSince = Math.max(src.voice.stoppedAt() ?? 0, interviewer ?? 0, candidate ?? 0);
  return {
    elapsedMs: src.elapsed(),
    active: src.live(),
    interviewerSpeaking: playing,
    candidateAnswering: awaitingReply && now - (candidate ?? 0) < ANSWERING_WITHIN_MS,
    quietForMs: quiet ? now - quietSince : undefined,
  };
}

export interface InterviewCueOptions {
  clock: Clock;
  setup: Pick<InterviewSetup, 'languageCode' | 'lengthMinutes' | 'patience'>;
  facts: CueSources;
  send: (text: string) => void;
}

export function createInterviewCues(o: InterviewCueOptions): CueScheduler {
  return createCueScheduler({
    clock: o.clock,
    targetMs: o.setup.lengthMinutes * 60_000,
    silenceMs: SILENCE_CUE_MS[o.setup.patience],
    facts: () => conversationFacts(o.facts, o.clock.now()),
    send: (cue) => o.send(cueText(cue, o.setup.languageCode)),
  });
}
