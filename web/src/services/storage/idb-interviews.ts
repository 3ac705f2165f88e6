import type { Turn } from '../../lib/interview';
import type { StoredTurn } from './idb-schema';
import type { MockingbirdDatabase } from './open-database';
import { chunksOf } from './idb-recordings';
import { guard, notFoundError } from './store-errors';
import { asUnfinished } from './recovery';
import { issueWrites, runInTransaction } from './transaction';
import type { Store } from './types';

type InterviewMethods = Pick<
  Store,
  | 'createInterview'
  | 'getInterview'
  | 'updateInterview'
  | 'listInterviews'
  | 'deleteInterview'
  | 'putTurn'
  | 'listTurns'
  | 'markStaleLiveAsUnfinished'
>;

/** Every turn key of one interview: [id, -∞] … [id, +∞] over the [interviewId, seq] key. */
export function turnsOf(interviewId: string): IDBKeyRange {
  return IDBKeyRange.bound([interviewId, -Infinity], [interviewId, Infinity]);
}

export function withoutInterviewId(stored: StoredTurn): Turn {
  const { interviewId: _interviewId, ...turn } = stored;
  return turn;
}

/** Interviews and turns in IndexedDB; each method is one transaction. */
export function idbInterviewMethods(db: MockingbirdDatabase): InterviewMethods {
  return {
    createInterview: (record) =>
      guard('saved', async () => {
        // add(), not put(): creating over an existing id is a bug, not an update.
        await db.add('interviews', record);
      }),

    getInterview: (id) => guard('read', () => db.get('interviews', id)),

    updateInterview: (id, patch) =>
      guard('saved', async () => {
        const tx = db.transaction('interviews', 'readwrite');
        await runInTransaction(tx, async () => {
          const current = await tx.store.get(id);
          if (!current) throw notFoundError('This interview');
          await tx.store.put({ ...current, ...patch, id });
        });
      }),

    listInterviews: () => guard('read', async () => (await db.getAllFromIndex('interviews', 'byCreatedAt')).reverse()),

    deleteInterview: (id) =>
      guard('deleted', async () => {
        const tx = db.transaction(['interviews', 'turns', 'reports', 'recordings', 'recordingChunks'], 'readwrite');
        await runInTransaction(tx, () =>
          issueWrites((write) => {
            write(tx.objectStore('interviews').delete(id));
            write(tx.objectStore('turns').delete(turnsOf(id)));
            write(tx.objectStore('reports').delete(id));
            write(tx.objectStore('recordings').delete(id));
            write(tx.objectStore('recordingChunks').delete(chunksOf(id)));
          }),
        );
      }),

    putTurn: (interviewId, turn) =>
      guard('saved', async () => {
        await db.put('turns', { ...turn, interviewId });
      }),

    listTurns: (interviewId) =>
      guard('read', async () => (await db.getAll('turns', turnsOf(interviewId))).map(withoutInterviewId)),

    markStaleLiveAsUnfinished: (keepLive = []) =>
      guard('saved', async () => {
        const tx = db.transaction(['interviews', 'turns'], 'readwrite');
        return runInTransaction(tx, async () => {
          const live = await tx.objectStore('interviews').index('byStatus').getAll('live');
          const stale = live.filter((record) => !keepLive.includes(record.id));
          for (const record of stale) {
            const lastTurn = await tx.objectStore('turns').openCursor(turnsOf(record.id), 'prev');
            await tx.objectStore('interviews').put(asUnfinished(record, lastTurn?.value.endMs));
          }
          return stale.map((record) => record.id);
        });
      }),
  };
}
