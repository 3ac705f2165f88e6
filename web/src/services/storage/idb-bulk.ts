import type { Turn } from '../../lib/interview';
import { ALL_STORES } from './idb-schema';
import { turnsOf, withoutInterviewId } from './idb-interviews';
import { chunksOf, joinChunks } from './idb-recordings';
import type { MockingbirdDatabase } from './open-database';
import { pickNew } from './import-plan';
import { guard } from './store-errors';
import { issueWrites, runInTransaction } from './transaction';
import { approximateUsage, estimateUsageWith, type EstimateStorage } from './storage-usage';
import type { ImportSummary, InterviewBundle, StorageUsage, Store, StoreSnapshot } from './types';

type BulkMethods = Pick<
  Store,
  | 'getInterviewBundle'
  | 'exportSnapshot'
  | 'importSnapshot'
  | 'deleteAllInterviews'
  | 'clearEverything'
  | 'estimateUsage'
>;

const INTERVIEW_STORES = ['interviews', 'turns', 'reports', 'recordings', 'recordingChunks'] as const;

/** Whole-database operations in IndexedDB: export, import, undo, delete all, usage. */
export function idbBulkMethods(db: MockingbirdDatabase, estimate: EstimateStorage | undefined): BulkMethods {
  const exportSnapshot = (): Promise<StoreSnapshot> =>
    guard('read', async () => {
      const tx = db.transaction(['interviews', 'turns', 'reports', 'prepPacks'], 'readonly');
      const [interviews, turns, reports, prepPacks] = await Promise.all([
        tx.objectStore('interviews').index('byCreatedAt').getAll(),
        tx.objectStore('turns').getAll(),
        tx.objectStore('reports').getAll(),
        tx.objectStore('prepPacks').index('byCreatedAt').getAll(),
        tx.done,
      ]);
      // Turns come back in key order, [interviewId, seq], so each interview's are in seq order.
      const turnsById = new Map<string, Turn[]>();
      for (const stored of turns) {
        const own = turnsById.get(stored.interviewId) ?? [];
        own.push(withoutInterviewId(stored));
        turnsById.set(stored.interviewId, own);
      }
      const reportsById = new Map(reports.map((report) => [report.interviewId, report]));
      const bundles = interviews.map((interview): InterviewBundle => {
        const report = reportsById.get(interview.id);
        return { interview, turns: turnsById.get(interview.id) ?? [], ...(report ? { report } : {}) };
      });
      return { interviews: bundles, prepPacks };
    });

  return {
    getInterviewBundle: (id) =>
      guard('read', async () => {
        const tx = db.transaction(INTERVIEW_STORES, 'readonly');
        const [interview, turns, report, recording, chunks] = await Promise.all([
          tx.objectStore('interviews').get(id),
          tx.objectStore('turns').getAll(turnsOf(id)),
          tx.objectStore('reports').get(id),
          tx.objectStore('recordings').get(id),
          tx.objectStore('recordingChunks').getAll(chunksOf(id)),
          tx.done,
        ]);
        if (!interview) return undefined;
        return {
          interview,
          turns: turns.map(withoutInterviewId),
          ...(report ? { report } : {}),
          ...(recording
            ? {
                recording: joinChunks(
                  recording,
                  chunks.map((c) => c.blob),
                ),
              }
            : {}),
        };
      }),

    exportSnapshot,

    importSnapshot: (snapshot) => guard('imported', () => importInto(db, snapshot)),

    deleteAllInterviews: () =>
      guard('deleted', async () => {
        const tx = db.transaction(INTERVIEW_STORES, 'readwrite');
        await runInTransaction(tx, () =>
          issueWrites((write) => INTERVIEW_STORES.forEach((name) => write(tx.objectStore(name).clear()))),
        );
      }),

    clearEverything: () =>
      guard('deleted', async () => {
        const tx = db.transaction(ALL_STORES, 'readwrite');
        await runInTransaction(tx, () =>
          issueWrites((write) => ALL_STORES.forEach((name) => write(tx.objectStore(name).clear()))),
        );
      }),

    estimateUsage: () =>
      estimateUsageWith(estimate, () =>
        guard('read', async (): Promise<StorageUsage> => {
          const [snapshot, recordings, settings] = await Promise.all([
            exportSnapshot(),
            db.getAll('recordings'),
            db.getAll('settings'),
          ]);
          const recordingBytes = recordings.reduce((sum, r) => sum + r.bytes, 0);
          return approximateUsage(snapshot, recordingBytes, settings);
        }),
      ),
  };
}

/** One transaction: either everything new lands or nothing does. Existing ids are left alone. */
async function importInto(db: MockingbirdDatabase, snapshot: StoreSnapshot): Promise<ImportSummary> {
  const tx = db.transaction([...INTERVIEW_STORES, 'prepPacks'], 'readwrite');
  return runInTransaction(tx, async () => {
    const [interviewIds, packIds] = await Promise.all([
      tx.objectStore('interviews').getAllKeys(),
      tx.objectStore('prepPacks').getAllKeys(),
    ]);
    const fresh = pickNew(snapshot, new Set(interviewIds), new Set(packIds));
    await issueWrites((write) => {
      for (const { interview, turns, report, recording } of fresh.interviews) {
        const id = interview.id;
        write(tx.objectStore('interviews').add(interview));
        for (const turn of turns) write(tx.objectStore('turns').put({ ...turn, interviewId: id }));
        if (report) write(tx.objectStore('reports').put({ ...report, interviewId: id }));
        if (recording) {
          const { blob, ...info } = recording;
          write(tx.objectStore('recordings').put({ ...info, interviewId: id }));
          write(tx.objectStore('recordingChunks').put({ interviewId: id, seq: 0, blob }));
        }
      }
      for (const pack of fresh.prepPacks) write(tx.objectStore('prepPacks').add(pack));
    });
    return fresh.summary;
  });
}
