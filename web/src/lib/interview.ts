// The interview's domain types, shared by setup, the live room, storage and the report.

import type { InterviewSetup } from './interview-setup-schema';

export { LENGTHS_MINUTES, LEVELS, PATIENCE } from './interview-choices';
export type { LengthMinutes, Level, Patience } from './interview-choices';
export type { InterviewSetup, JobDescription } from './interview-setup-schema';

export type Speaker = 'interviewer' | 'candidate';

/** One finished turn of the conversation. `seq` orders turns within an interview. */
export interface Turn {
  seq: number;
  role: Speaker;
  text: string;
  /** Milliseconds since the interview started. */
  startMs: number;
  endMs: number;
  /** The candidate spoke over this interviewer turn and cut it short. */
  interrupted?: boolean;
  /** The candidate typed this answer: it has no speaking time and stays out of pace and pauses. */
  typed?: true;
  /**
   * When the voice was heard, on the same clock as startMs: the candidate's voiced spans from
   * the voice detector, or the interviewer's playback. Absent when nothing measured it (older
   * interviews, typed answers, no detector); the report then shows no pace rather than a guess.
   */
  speech?: SpeechSpan[];
}

/** One stretch of voice, in milliseconds since the interview started. */
export interface SpeechSpan {
  startMs: number;
  endMs: number;
  /** Voiced audio inside the span (at most endMs − startMs), as the detector counted it. */
  voicedMs: number;
}

export type InterviewStatus = 'live' | 'ended' | 'unfinished';

export interface InterviewRecord {
  id: string;
  setup: InterviewSetup;
  status: InterviewStatus;
  /** Epoch milliseconds. */
  createdAt: number;
  endedAt?: number;
  durationMs?: number;
  /**
   * 'not_enough_to_judge': too little was said for a fair report (features/report/evidence-floor.ts);
   * the report shows no scores and History and its trends leave the interview out. Set by the
   * report page from the transcript; absent means judged (or not looked at yet).
   */
  judgement?: Judgement;
  /** Who ended a finished interview; the report reads a short one ended by the candidate differently. */
  endedBy?: 'interviewer' | 'candidate';
}

export type Judgement = 'not_enough_to_judge';
