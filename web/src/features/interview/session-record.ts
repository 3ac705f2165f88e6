// The interview's record in the store: created once the interviewer is connected (status 'live'),
// so an attempt that never connected leaves no row in History, and
// finished as 'ended' or, when the candidate leaves mid-interview, 'unfinished'. Storage
// problems never stop the interview; they become a notice the room shows.

import type { InterviewSetup, Turn } from '../../lib/interview';
import type { Store } from '../../services/storage/types';

export type RecordStore = Pick<Store, 'getInterview' | 'createInterview' | 'updateInterview' | 'putTurn' | 'listTurns'>;

export const STORE_NOTICE =
  'This interview could not be saved on this device. You can still finish it; download the transcript here before you leave.';

export interface OpenedRecord {
  /** Turns saved by an earlier visit to this interview (e.g. before a reload). */
  earlier: Turn[];
  alreadyEnded: boolean;
  /** No record exists yet: createRecord makes it once the interviewer is connected. */
  isNew: boolean;
  notice?: string;
}

/** Looks the interview up; a new one is not stored until createRecord. */
export async function openRecord(store: RecordStore, id: string): Promise<OpenedRecord> {
  try {
    const existing = await store.getInterview(id);
    if (!existing) return { earlier: [], alreadyEnded: false, isNew: true };
    if (existing.status === 'ended') return { earlier: [], alreadyEnded: true, isNew: false };
    if (existing.status !== 'live') await store.updateInterview(id, { status: 'live' });
    return { earlier: await store.listTurns(id), alreadyEnded: false, isNew: false };
  } catch {
    return { earlier: [], alreadyEnded: false, isNew: false, notice: STORE_NOTICE };
  }
}

/** Returns a notice when the record could not be created. */
export async function createRecord(
  store: RecordStore,
  id: string,
  setup: InterviewSetup,
  createdAt: number,
): Promise<string | undefined> {
  try {
    await store.createInterview({ id, setup, status: 'live', createdAt });
    return undefined;
  } catch {
    return STORE_NOTICE;
  }
}

/** Returns a notice when the record could not be updated. */
export async function closeRecord(
  store: RecordStore,
  id: string,
  patch: {
    status: 'ended' | 'unfinished';
    durationMs: number;
    endedAt?: number;
    endedBy?: 'interviewer' | 'candidate';
  },
): Promise<string | undefined> {
  try {
    await store.updateInterview(id, patch);
    return undefined;
  } catch {
    return STORE_NOTICE;
  }
}
