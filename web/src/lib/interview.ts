// The interview's domain types, shared by setup, the live room, storage and the report.

import type { InterviewSetup } from './interview-setup-schema';

export { LENGTHS_MINUTES, LEVELS, PATIENCE } from './interview-setup-schema';
export type { InterviewSetup, JobDescription, LengthMinutes, Level, Patience } from './interview-setup-schema';

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
