import type { Page } from 'playwright/test';
import { expect } from '../../support/fixtures.ts';
import type { Line } from './interview-script.ts';

// What the app saved in IndexedDB for one interview, read straight from the browser's database
// (not through the app), so a spec checks what is really on the device.

export interface StoredTurn {
  seq: number;
  role: 'interviewer' | 'candidate';
  text: string;
  interrupted?: boolean;
}

export interface StoredInterview {
  record: { id: string; status: string } | undefined;
  turns: StoredTurn[];
}

export function readStored(page: Page, id: string): Promise<StoredInterview> {
  return page.evaluate(async (interviewId) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('mockingbird');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB did not open'));
    });
    const result = <T>(request: IDBRequest) =>
      new Promise<T>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result as T);
        request.onerror = () => reject(request.error ?? new Error('IndexedDB read failed'));
      });
    try {
      const tx = db.transaction(['interviews', 'turns']);
      const record = await result<StoredInterview['record']>(tx.objectStore('interviews').get(interviewId));
      const turns = await result<StoredTurn[]>(tx.objectStore('turns').index('byInterview').getAll(interviewId));
      return { record, turns: turns.sort((a, b) => a.seq - b.seq) };
    } finally {
      db.close();
    }
  }, id);
}

export const storedLines = (stored: StoredInterview): Line[] => stored.turns.map((t) => [t.role, t.text] as const);

/**
 * The transcript has exactly the expected lines, in order, each once. A line listed in `cut`
 * (by index) was cut off by the candidate, so only its beginning must be there.
 */
export function expectLines(actual: readonly Line[], expected: readonly Line[], cut: readonly number[] = []): void {
  expect(
    actual.map(([role]) => role),
    'who spoke, in order',
  ).toEqual(expected.map(([role]) => role));
  actual.forEach(([, text], i) => {
    const want = expected[i]?.[1] ?? '';
    if (cut.includes(i)) {
      expect(want.startsWith(text) && text.length > 0, `line ${i + 1} "${text}" begins "${want}"`).toBe(true);
    } else {
      expect(text, `line ${i + 1}`).toBe(want);
    }
  });
}
