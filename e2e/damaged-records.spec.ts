import type { Page } from 'playwright/test';
import { earlierInterviewsBackup, EARLIER_COUNT } from './report-history/seed-backup.ts';
import { expect, test } from './support/fixtures.ts';

// The probe imported a backup with a date past what a Date can hold: History then hung on
// "Opening your history…" with Export and Delete all gone. Such a backup is now refused, and a
// record already damaged on the device (an older version, an edited database) is listed as
// damaged while everything else on the page keeps working.

const BEYOND_DATE = 8.64e15 + 1;

/** Writes a record straight into the app's IndexedDB, the way an older version or an edit could. */
async function putRaw(page: Page, store: string, record: unknown): Promise<void> {
  await page.evaluate(
    async ({ store, record }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('mockingbird');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('IndexedDB did not open'));
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(store, 'readwrite');
        tx.objectStore(store).put(record);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error ?? new Error('IndexedDB write failed'));
      });
      db.close();
    },
    { store, record },
  );
}

async function importFile(page: Page, name: string, text: string): Promise<void> {
  await page
    .getByLabel('Import a backup')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

test('a hostile backup is refused, and a damaged record on the device never locks History', async ({ page }) => {
  await page.goto('/history');
  await expect(page.getByRole('heading', { name: 'No interviews yet' })).toBeVisible();
  await importFile(page, 'earlier.json', earlierInterviewsBackup(Date.now()));
  await expect(page.getByRole('heading', { name: new RegExp(`Interviews \\(${EARLIER_COUNT}\\)`) })).toBeVisible();

  const hostile = JSON.parse(earlierInterviewsBackup(Date.now())) as {
    interviews: { interview: { id: string; createdAt: number } }[];
  };
  for (const [i, bundle] of hostile.interviews.entries()) bundle.interview.id = `hostile-${i}`;
  const first = hostile.interviews[0];
  if (first) first.interview.createdAt = BEYOND_DATE;
  await importFile(page, 'hostile.json', JSON.stringify(hostile));
  await expect(page.getByRole('status').filter({ hasText: 'Nothing was imported' })).toContainText(
    'damaged or was edited',
  );
  await expect(page.getByRole('heading', { name: new RegExp(`Interviews \\(${EARLIER_COUNT}\\)`) })).toBeVisible();

  const damaged = { ...first?.interview, id: 'damaged-1', createdAt: BEYOND_DATE };
  await putRaw(page, 'interviews', damaged);
  await page.reload();
  await expect(page.getByRole('heading', { name: /Damaged records \(1\)/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: new RegExp(`Interviews \\(${EARLIER_COUNT}\\)`) })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Export all data' })).toBeEnabled();
  await expect(page.getByRole('button', { name: /Delete all/ })).toBeVisible();

  await page.goto('/report/damaged-1');
  await expect(page.getByRole('heading', { name: 'This interview cannot be shown' })).toBeVisible();

  await page.goto('/history');
  await page.getByRole('button', { name: 'Delete damaged interview record 1' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Deleted the damaged interview record.' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /Damaged records/ })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: new RegExp(`Interviews \\(${EARLIER_COUNT}\\)`) })).toBeVisible();
});
