// What the interview room shows, as one status union plus the few facts every status shares.

import type { TranscriptTurn } from './transcript/transcript';
import type { MicErrorReason } from '../../services/audio/types';
import type { TurnWriterState } from '../../services/storage/turn-writer';
import type { TurnDisplay } from './turn/turn-display';
import type { AvatarView } from './voice-types';

/** 'avatar': the interviewer is ready and waits a moment for the video interviewer. */
export type PrepStep = 'microphone' | 'token' | 'connecting' | 'avatar';

export type InterviewerActivity = 'listening' | 'thinking' | 'speaking';

/**
 * Why the session stopped; each kind has its own sentence and decides what retry does.
 * 'microphone-lost' stops only the microphone: the interviewer still talks and typed answers go on.
 */
export type SessionErrorKind =
  'microphone' | 'microphone-lost' | 'audio-blocked' | 'token' | 'live-off' | 'connection' | 'lost';

export type SessionPhase =
  /** Nothing started yet: the room waits for the candidate's click (sound needs one). */
  | { status: 'idle' }
  | { status: 'preparing'; step: PrepStep }
  | { status: 'live' }
  | { status: 'reconnecting' }
  | { status: 'ending'; by: 'interviewer' | 'candidate' }
  | { status: 'ended'; by: 'interviewer' | 'candidate' }
  /** The room closed mid-interview (navigation away): the record is left 'unfinished'. */
  | { status: 'closed' }
  /** `micReason`: why the microphone could not start, for the steps that fix it in this browser. */
  | { status: 'error'; kind: SessionErrorKind; message: string; micReason?: MicErrorReason };

export type SessionStatus = SessionPhase['status'];

export interface SessionSnapshot {
  phase: SessionPhase;
  activity: InterviewerActivity;
  /** Since the interviewer's room opened. */
  elapsedMs: number;
  targetMs: number;
  muted: boolean;
  /** Answers are typed: no microphone is in use, so the room shows no mute and no level. */
  typedAnswers: boolean;
  /** The candidate's turn: 'off' unless the browser owns turn-taking (then the controls and the countdown ring show). */
  turn: TurnDisplay;
  /** The transcript so far, open turns included, in order. */
  turns: TranscriptTurn[];
  saving: TurnWriterState;
  /** 'none' when the candidate did not choose the avatar. */
  avatar: AvatarView | { status: 'none' };
  /** A problem that does not stop the interview, as a sentence (e.g. storage in memory only). */
  notice?: string;
}
