import type { Page } from 'playwright';
import type { StoredTurn } from './transcript-check.ts';

// Reads one interview's turns straight from the app's IndexedDB (database "mockingbird", store
// "turns", index "byInterview"), in order, as the report page would show them.

export async function storedTurns(page: Page, interviewId: string): Promise<StoredTurn[]> {
  return page.evaluate(async (id) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('mockingbird');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error ?? new Error('IndexedDB did not open.'));
    });
    const request = db.transaction('turns').objectStore('turns').index('byInterview').getAll(id);
    const turns = await new Promise<{ seq: number; role: string; text: string }[]>((resolve, reject) => {
      request.onsuccess = () => resolve(request.result as { seq: number; role: string; text: string }[]);
      request.onerror = () => reject(request.error ?? new Error('Reading the turns failed.'));
    });
    db.close();
    return turns.sort((a, b) => a.seq - b.seq).map((t) => ({ role: t.role, text: t.text }));
  }, interviewId);
}
