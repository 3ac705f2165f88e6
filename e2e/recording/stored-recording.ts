import type { Page } from 'playwright/test';

// Reads the recording straight from IndexedDB, as the app stored it, to check what a crash
// would have left: the chunks written so far and the facts beside them.

export interface StoredRecordingFacts {
  info: { state: string; durationMs: number; bytes: number; mimeType: string; turnOffsets: { seq: number; offsetMs: number }[]; stoppedBecause?: string } | undefined;
  chunkSizes: number[];
}

export function readStoredRecording(page: Page, interviewId: string): Promise<StoredRecordingFacts> {
  return page.evaluate(async (id) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('mockingbird');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error ?? new Error('IndexedDB did not open'));
    });
    const get = <T,>(request: IDBRequest) =>
      new Promise<T>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result as T);
        request.onerror = () => reject(request.error ?? new Error('IndexedDB read failed'));
      });
    const tx = db.transaction(['recordings', 'recordingChunks']);
    const info = await get<StoredRecordingFacts['info']>(tx.objectStore('recordings').get(id));
    const chunks = await get<{ blob: Blob }[]>(tx.objectStore('recordingChunks').getAll(IDBKeyRange.bound([id, -Infinity], [id, Infinity])));
    db.close();
    return { info, chunkSizes: chunks.map((c) => c.blob.size) };
  }, interviewId);
}
