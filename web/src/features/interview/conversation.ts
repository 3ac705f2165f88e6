// The conversation as the interview knows it, with one owner: the transcript of turns, who spoke
// last and when, and whether the interviewer has asked to end. Only the session changes it, one
// domain event at a time; every change returns the turns it finished, for the record to save.

import { createTranscript, type Transcript, type TranscriptTurn } from './transcript/transcript';
import { closingWordsHeard, type ENDING_TIMING } from './ending';
import { interviewerActivity } from './interviewer-activity';
import type { InterviewerActivity } from './session-types';

export interface Conversation {
  /** Starts the transcript, continuing the saved turns' numbering; later calls do nothing. */
  begin(firstSeq: number): void;
  interviewerAudio(t: number, now: number): TranscriptTurn[];
  interviewerWords(text: string, t: number, now: number): TranscriptTurn[];
  candidateWords(text: string, t: number, now: number): TranscriptTurn[];
  typedAnswer(text: string, t: number, now: number): TranscriptTurn[];
  /** The interviewer's turn is over: completed, or cut short by the candidate. */
  interviewerDone(t: number, interrupted: boolean): TranscriptTurn[];
  /** The session continues on a new connection: whatever was open is over. */
  resumed(t: number): TranscriptTurn[];
  /** The interviewer called end_interview; true the first time only. */
  endRequested(now: number): boolean;
  finish(t: number): TranscriptTurn[];
  visible(): TranscriptTurn[];
  activity(now: number, voice: { playing: boolean; stoppedAt: number | undefined }): InterviewerActivity;
  /** When each side last produced words or audio (clock time), for the app's silence cue. */
  lastSpoke(): { candidate?: number; interviewer?: number };
  /** The interviewer asked to end and its goodbye has been heard (or waited for long enough). */
  goodbyeHeard(now: number, playing: boolean, timing?: typeof ENDING_TIMING): boolean;
}

export function createConversation(): Conversation {
  /** Until begin(): an empty stand-in, so the room can show and ask before the record opens. */
  let transcript: Transcript = createTranscript();
  let begun = false;
  const words = () => transcript;
  let lastCandidateAt: number | undefined;
  let lastModelAt: number | undefined;
  /** A typed answer was sent and not answered yet. */
  let typedPending = false;
  let ending: { toolCallAt: number; turnCompleteAfterCall: boolean } | undefined;

  const modelSpoke = (now: number) => {
    lastModelAt = now;
    typedPending = false;
  };

  return {
    begin(firstSeq) {
      if (begun) return;
      begun = true;
      transcript = createTranscript({ firstSeq });
    },
    interviewerAudio(t, now) {
      modelSpoke(now);
      return words().modelOutput(t);
    },
    interviewerWords(text, t, now) {
      modelSpoke(now);
      return words().fragment('interviewer', text, t);
    },
    candidateWords(text, t, now) {
      lastCandidateAt = now;
      return words().fragment('candidate', text, t);
    },
    typedAnswer(text, t, now) {
      lastCandidateAt = now;
      typedPending = true;
      return words().typedAnswer(text, t);
    },
    interviewerDone(t, interrupted) {
      if (ending && !interrupted) ending.turnCompleteAfterCall = true;
      return words().interviewerDone(t, interrupted);
    },
    resumed: (t) => words().boundary(t),
    endRequested(now) {
      if (ending) return false;
      ending = { toolCallAt: now, turnCompleteAfterCall: false };
      return true;
    },
    finish: (t) => words().finish(t),
    visible: () => words().visible(),
    activity: (now, voice) =>
      interviewerActivity({
        playing: voice.playing,
        now,
        typedPending,
        ...(voice.stoppedAt !== undefined ? { stoppedPlayingAt: voice.stoppedAt } : {}),
        ...(lastCandidateAt !== undefined ? { lastCandidateAt } : {}),
        ...(lastModelAt !== undefined ? { lastModelAt } : {}),
      }),
    lastSpoke: () => ({
      ...(lastCandidateAt !== undefined ? { candidate: lastCandidateAt } : {}),
      ...(lastModelAt !== undefined ? { interviewer: lastModelAt } : {}),
    }),
    goodbyeHeard(now, playing, timing) {
      if (!ending) return false;
      return closingWordsHeard(
        { ...ending, now, playing, ...(lastModelAt !== undefined ? { lastModelAt } : {}) },
        timing,
      );
    },
  };
}
