import type { InterviewRecord, Turn } from '../../lib/interview';
import type { InterviewReport } from '../../../../contracts/report-schema.ts';

/** The written report of one interview, as last generated ("regenerate" replaces it). */
export interface StoredReport {
  interviewId: string;
  report: InterviewReport;
  /** Epoch milliseconds. */
  createdAt: number;
}

export type RecordingStopReason = 'quota' | 'write';

/** Where one turn of the transcript begins in the recording. */
export interface TurnOffset {
  seq: number;
  offsetMs: number;
}

/**
 * Where a later part of a recording begins: an interview resumed after a reload records on in a
 * new encoder, whose file (with its own header) follows the earlier parts' bytes.
 */
export interface RecordingPart {
  /** Where its bytes start in the joined chunks. */
  byteOffset: number;
  /** Where it starts on the recording's own timeline (the scale of TurnOffset.offsetMs). */
  offsetMs: number;
  /** The interview's clock when it began. */
  startedAtMs: number;
}

/**
 * What is known about one interview's recording (Opus, both voices mixed), kept beside its
 * chunks and rewritten with every chunk, so a crash leaves facts that match the audio kept.
 */
export interface RecordingInfo {
  interviewId: string;
  mimeType: string;
  /** Epoch milliseconds. */
  createdAt: number;
  /** The interview's clock (as Turn.startMs) when the recording began. */
  startedAtMs: number;
  /** Audio written so far, in milliseconds and bytes. */
  durationMs: number;
  bytes: number;
  turnOffsets: TurnOffset[];
  /** 'stopped': ended early (`stoppedBecause` says why) while the interview went on. */
  state: 'recording' | 'complete' | 'stopped';
  /** 'quota': the device's storage was full; 'write': another storage failure. */
  stoppedBecause?: RecordingStopReason;
  /** The parts after the first (absent: one part); each is a file of its own, played in turn. */
  laterParts?: RecordingPart[];
}

/** One slice of the encoded audio as the browser handed it over; in seq order they make the file. */
export interface RecordingChunk {
  interviewId: string;
  seq: number;
  blob: Blob;
}

/** A whole recording: its facts and its chunks joined into one Blob. */
export interface StoredRecording extends RecordingInfo {
  blob: Blob;
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

  /** Writes a whole recording at once, replacing any chunks (undo of a delete, tests). */
  putRecording(recording: StoredRecording): Promise<void>;
  /** The facts and every chunk joined in seq order; undefined when there is no recording. */
  getRecording(interviewId: string): Promise<StoredRecording | undefined>;
  /** The facts alone, without reading the audio. */
  getRecordingInfo(interviewId: string): Promise<RecordingInfo | undefined>;
  /** Starts or updates a recording's facts (its chunks are untouched). */
  putRecordingInfo(info: RecordingInfo): Promise<void>;
  /** Adds one chunk and the facts as they stand after it, in one transaction. */
  appendRecordingChunk(chunk: RecordingChunk, info: RecordingInfo): Promise<void>;

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
