import type { MockingbirdDatabase } from './open-database';
import { guard } from './store-errors';
import { issueWrites, runInTransaction } from './transaction';
import type { RecordingInfo, Store, StoredRecording } from './types';

type RecordingMethods = Pick<
  Store,
  'putRecording' | 'getRecording' | 'getRecordingInfo' | 'putRecordingInfo' | 'appendRecordingChunk'
>;

/** Every chunk key of one recording: [id, -∞] … [id, +∞] over the [interviewId, seq] key. */
export function chunksOf(interviewId: string): IDBKeyRange {
  return IDBKeyRange.bound([interviewId, -Infinity], [interviewId, Infinity]);
}

/** The chunks' Blobs joined in key (seq) order, typed as the recording says. */
export function joinChunks(info: RecordingInfo, blobs: Blob[]): StoredRecording {
  return { ...info, blob: new Blob(blobs, { type: info.mimeType }) };
}

/** Recordings in IndexedDB: facts in `recordings`, audio in `recordingChunks`; each method is one transaction. */
export function idbRecordingMethods(db: MockingbirdDatabase): RecordingMethods {
  return {
    putRecording: ({ blob, ...info }) =>
      guard('saved', async () => {
        const tx = db.transaction(['recordings', 'recordingChunks'], 'readwrite');
        await runInTransaction(tx, () =>
          issueWrites((write) => {
            write(tx.objectStore('recordingChunks').delete(chunksOf(info.interviewId)));
            write(tx.objectStore('recordingChunks').put({ interviewId: info.interviewId, seq: 0, blob }));
            write(tx.objectStore('recordings').put(info));
          }),
        );
      }),

    getRecording: (interviewId) =>
      guard('read', async () => {
        const tx = db.transaction(['recordings', 'recordingChunks'], 'readonly');
        const [info, chunks] = await Promise.all([
          tx.objectStore('recordings').get(interviewId),
          tx.objectStore('recordingChunks').getAll(chunksOf(interviewId)),
          tx.done,
        ]);
        return (
          info &&
          joinChunks(
            info,
            chunks.map((c) => c.blob),
          )
        );
      }),

    getRecordingInfo: (interviewId) => guard('read', () => db.get('recordings', interviewId)),

    putRecordingInfo: (info) =>
      guard('saved', async () => {
        await db.put('recordings', info);
      }),

    appendRecordingChunk: (chunk, info) =>
      guard('saved', async () => {
        const tx = db.transaction(['recordings', 'recordingChunks'], 'readwrite');
        await runInTransaction(tx, () =>
          issueWrites((write) => {
            write(tx.objectStore('recordingChunks').put(chunk));
            write(tx.objectStore('recordings').put(info));
          }),
        );
      }),
  };
}
