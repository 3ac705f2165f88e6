import type { InterviewRecord, Turn } from '../../lib/interview';

/**
 * Local-first persistence of interviews and their turns. The IndexedDB implementation is the
 * real one; a memory implementation stands in when IndexedDB is unavailable and in tests.
 * Rules every implementation keeps: a failed write rejects (never silently drops data);
 * turns come back ordered by `seq`; listInterviews is newest first.
 */
export interface Store {
  /** 'indexeddb' when data survives a reload, 'memory' when it does not. */
  readonly kind: 'indexeddb' | 'memory';
  createInterview(record: InterviewRecord): Promise<void>;
  getInterview(id: string): Promise<InterviewRecord | undefined>;
  updateInterview(id: string, patch: Partial<Omit<InterviewRecord, 'id'>>): Promise<void>;
  listInterviews(): Promise<InterviewRecord[]>;
  deleteInterview(id: string): Promise<void>;
  /** Writes one finished turn; writing the same (interview, seq) twice keeps one copy. */
  putTurn(interviewId: string, turn: Turn): Promise<void>;
  listTurns(interviewId: string): Promise<Turn[]>;
}

/** A write failed; `reason` lets the UI say what happened ("quota" → the disk is full). */
export class StoreError extends Error {
  constructor(
    readonly reason: 'quota' | 'unavailable' | 'unknown',
    message: string,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}
