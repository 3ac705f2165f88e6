// The interview's domain types, shared by setup, the live room, storage and the report.

export const LEVELS = ['Beginner', 'Intermediate', 'Advanced'] as const;
export type Level = (typeof LEVELS)[number];

export const LENGTHS_MINUTES = [10, 20, 30] as const;
export type LengthMinutes = (typeof LENGTHS_MINUTES)[number];

/** How long a pause ends the candidate's turn. */
export const PATIENCE = ['quick', 'normal', 'relaxed'] as const;
export type Patience = (typeof PATIENCE)[number];

export interface JobDescription {
  title: string;
  text: string;
}

/** Everything the candidate chose on the setup screen. */
export interface InterviewSetup {
  topic: string;
  level: Level;
  cvText?: string;
  jobDescription?: JobDescription;
  voice: string;
  /** BCP-47 code, e.g. "en-US". */
  languageCode: string;
  lengthMinutes: LengthMinutes;
  patience: Patience;
  avatar: boolean;
  /** Questions the interviewer must work through, e.g. from a preparation pack, in this order. */
  practiceQuestions?: readonly string[];
}

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
}
