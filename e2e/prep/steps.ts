import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright/test';
import { singleColumnCv } from '../fixtures/pdf/cv-documents.ts';
import { expect } from '../support/fixtures.ts';
import { pdfPageTexts } from './pdf-text.ts';

// The prep spec's steps, driven as a person would: by labels and roles.

export const JOB_TEXT =
  'Own the card-issuing ledger: reliability, reconciliation and on-call. Kotlin preferred. Mentor the team.';

/** Topic, level, the generated CV PDF (read in the page) and a job description. */
export async function fillSetupWithCv(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByLabel('Topic').fill('Payments backend');
  await page.getByRole('radio', { name: /^Advanced/ }).check();
  await page
    .getByLabel('CV', { exact: true })
    .setInputFiles({ name: 'amara-cv.pdf', mimeType: 'application/pdf', buffer: Buffer.from(await singleColumnCv()) });
  await expect(page.getByRole('status').filter({ hasText: 'Read “amara-cv.pdf”' })).toBeVisible();
  await page.getByLabel('Job title').fill('Senior Backend Engineer');
  await page.getByLabel('Job description', { exact: true }).fill(JOB_TEXT);
}

export async function downloadedMarkdown(page: Page): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download (Markdown)' }).click(),
  ]);
  return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
}

/**
 * Prints to an A4 PDF through the print stylesheet and reads its pages back with pdf.js. Also
 * keeps a picture of the printed layout: 794 px is A4's width at 96 dpi (no page breaks shown).
 */
export async function printedPages(page: Page, screenshotPath: string): Promise<string[]> {
  const viewport = page.viewportSize();
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.screenshot({ path: screenshotPath, fullPage: true });
  if (viewport) await page.setViewportSize(viewport);
  await page.emulateMedia({ media: 'screen' });
  return pdfPageTexts(new Uint8Array(pdf));
}

/** Starts the room if it waits for a click (autoplay policy). */
export async function openedRoom(page: Page): Promise<void> {
  const startButton = page.getByRole('button', { name: 'Start the interview' });
  await expect(
    startButton.or(page.getByText(/Getting your interview ready|Captions|could not start/).first()),
  ).toBeVisible({ timeout: 15_000 });
  if (await startButton.isVisible()) await startButton.click();
}

/** The interview a stored pack was practised in, read straight from IndexedDB. */
export async function storedPracticeInterviewId(page: Page, packId: string): Promise<unknown> {
  return page.evaluate(async (id) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('mockingbird');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(new Error(`IndexedDB did not open: ${String(open.error)}`));
    });
    const record = await new Promise<unknown>((resolve) => {
      const get = db.transaction('prepPacks').objectStore('prepPacks').get(id);
      get.onsuccess = () => resolve(get.result);
    });
    db.close();
    return typeof record === 'object' && record !== null && 'interviewId' in record ? record.interviewId : undefined;
  }, packId);
}
