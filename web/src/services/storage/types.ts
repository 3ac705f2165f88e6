import type { InterviewRecord, Turn } from '../../lib/interview';
import type { InterviewReport } from '../../../../contracts/report-schema.ts';

/** The written report of one interview, as last generated ("regenerate" replaces it). */
export interface StoredReport {
  interviewId: string;
  report: InterviewReport;
  /** Epoch milliseconds. */
  createdAt: number;
}

/** The optional audio of one interview (MediaRecorder, Opus), both voices mixed. */
export interface StoredRecording {
  interviewId: string;
  blob: Blob;
  mimeType: string;
  createdAt: number;
}

/** A preparation pack (issue 8). Its content is opaque here until that feature defines it. */
export interface PrepPackRecord {
  id: string;
  createdAt: number;
  /** The interview it was made for or practised in, when there is one. */
  interviewId?: string;
  pack: unknown;
}

/** One interview with everything that belongs to it; what export, import and undo move around. */
export interface InterviewBundle {
  interview: InterviewRecord;
  turns: Turn[];
  report?: StoredReport;
  /** Only ever held in memory (undo of a delete); backups leave recordings out. */
  recording?: StoredRecording;
}

/** Everything the store holds except settings and recordings. */
export interface StoreSnapshot {
  interviews: InterviewBundle[];
  prepPacks: PrepPackRecord[];
}

/** What an import did: records whose id already existed are skipped, never overwritten. */
export interface ImportSummary {
  interviewsAdded: number;
  interviewsSkipped: number;
  prepPacksAdded: number;
  prepPacksSkipped: number;
}

export interface StorageUsage {
  usedBytes: number;
  /** What the browser allows this site, when it says. */
  quotaBytes?: number;
  /** 'browser' is navigator.storage.estimate(); 'approximate' is the size of the stored values. */
  source: 'browser' | 'approximate';
}

/**
 * Local-first persistence of interviews and their turns. The IndexedDB implementation is the
 * real one; a memory implementation stands in when IndexedDB is unavailable and in tests.
 * Rules every implementation keeps: a failed write rejects with a StoreError (never silently
 * drops data); turns come back ordered by `seq`; listInterviews is newest first; values handed
 * out are copies, so changing them changes nothing stored.
 */
export interface Store {
  /** 'indexeddb' when data survives a reload, 'memory' when it does not. */
  readonly kind: 'indexeddb' | 'memory';
  createInterview(record: InterviewRecord): Promise<void>;
  getInterview(id: string): Promise<InterviewRecord | undefined>;
  /** Rejects with reason 'not-found' when the interview does not exist. */
  updateInterview(id: string, patch: Partial<Omit<InterviewRecord, 'id'>>): Promise<void>;
  listInterviews(): Promise<InterviewRecord[]>;
  /** Deletes the interview with its turns, report and recording, all or nothing. */
  deleteInterview(id: string): Promise<void>;
  /** Writes one finished turn; writing the same (interview, seq) twice keeps one copy. */
  putTurn(interviewId: string, turn: Turn): Promise<void>;
  listTurns(interviewId: string): Promise<Turn[]>;

  /**
   * Recovery at app start: interviews still 'live' were cut off by a crash or a closed tab.
   * Marks them 'unfinished' (duration taken from their last turn), except those in `keepLive`
   * (open in this or another tab). Returns the ids it changed.
   */
  markStaleLiveAsUnfinished(keepLive?: readonly string[]): Promise<string[]>;

  putReport(report: StoredReport): Promise<void>;
  getReport(interviewId: string): Promise<StoredReport | undefined>;
  /** All reports, for history's scores and chart. */
  listReports(): Promise<StoredReport[]>;

  putRecording(recording: StoredRecording): Promise<void>;
  getRecording(interviewId: string): Promise<StoredRecording | undefined>;

  putPrepPack(pack: PrepPackRecord): Promise<void>;
  getPrepPack(id: string): Promise<PrepPackRecord | undefined>;
  /** Newest first. */
  listPrepPacks(): Promise<PrepPackRecord[]>;
  deletePrepPack(id: string): Promise<void>;

  /** Settings are device-local key/values; callers narrow the `unknown` they read. */
  getSetting(key: string): Promise<unknown>;
  putSetting(key: string, value: unknown): Promise<void>;
  deleteSetting(key: string): Promise<void>;

  /** One interview with its turns, report and recording (e.g. to undo a delete). */
  getInterviewBundle(id: string): Promise<InterviewBundle | undefined>;
  /** Everything except settings and recordings, read in one transaction. */
  exportSnapshot(): Promise<StoreSnapshot>;
  /** Adds what is new in one transaction; anything whose id exists is skipped, not overwritten. */
  importSnapshot(snapshot: StoreSnapshot): Promise<ImportSummary>;
  /** History's "delete all": interviews, turns, reports and recordings. */
  deleteAllInterviews(): Promise<void>;
  /** Settings' "clear all data": every store, settings included. */
  clearEverything(): Promise<void>;
  estimateUsage(): Promise<StorageUsage>;
}

/**
 * A storage operation failed; `reason` lets the UI choose what to offer ("quota" → free space
 * or download), and `message` is a sentence for the user.
 */
export class StoreError extends Error {
  constructor(
    readonly reason: 'quota' | 'unavailable' | 'not-found' | 'unknown',
    message: string,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}
