import type { DBSchema, IndexNames, StoreNames } from 'idb';
import type { InterviewRecord, InterviewStatus, Turn } from '../../lib/interview';
import type { PrepPackRecord, RecordingChunk, RecordingInfo, StoredReport } from './types';

/** The database's name in every browser profile. */
export const DATABASE_NAME = 'mockingbird';

/** A turn as stored: the turn plus the interview it belongs to, which is half of its key. */
export interface StoredTurn extends Turn {
  interviewId: string;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}

/**
 * The contract between the code and the database as it stands after every migration has run.
 * The migrations in migrations.ts must produce exactly this; schema-shape.ts lists it for the
 * test that checks they do.
 */
export interface MockingbirdSchema extends DBSchema {
  interviews: {
    key: string;
    value: InterviewRecord;
    indexes: { byCreatedAt: number; byStatus: InterviewStatus };
  };
  turns: {
    /** [interviewId, seq]: putting the same turn twice replaces it, so writes are idempotent. */
    key: [string, number];
    value: StoredTurn;
    indexes: { byInterview: string };
  };
  /** One per interview; regenerating replaces it. */
  reports: { key: string; value: StoredReport };
  /** A recording's facts; its audio is in recordingChunks. */
  recordings: { key: string; value: RecordingInfo };
  /** [interviewId, seq]: the encoded audio, written a few seconds at a time as it is recorded. */
  recordingChunks: { key: [string, number]; value: RecordingChunk };
  prepPacks: { key: string; value: PrepPackRecord; indexes: { byCreatedAt: number } };
  settings: { key: string; value: SettingRecord };
}

export type MockingbirdStoreName = StoreNames<MockingbirdSchema>;

/** Every store with its key path and indexes; the mapped type forces it to list them all. */
export type SchemaShape = {
  [S in MockingbirdStoreName]: {
    keyPath: string | string[];
    indexes: { [I in IndexNames<MockingbirdSchema, S>]: string };
  };
};

export const SCHEMA_SHAPE: SchemaShape = {
  interviews: { keyPath: 'id', indexes: { byCreatedAt: 'createdAt', byStatus: 'status' } },
  turns: { keyPath: ['interviewId', 'seq'], indexes: { byInterview: 'interviewId' } },
  reports: { keyPath: 'interviewId', indexes: {} },
  recordings: { keyPath: 'interviewId', indexes: {} },
  recordingChunks: { keyPath: ['interviewId', 'seq'], indexes: {} },
  prepPacks: { keyPath: 'id', indexes: { byCreatedAt: 'createdAt' } },
  settings: { keyPath: 'key', indexes: {} },
};

export const ALL_STORES = Object.keys(SCHEMA_SHAPE) as MockingbirdStoreName[];
