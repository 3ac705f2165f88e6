import type { Page } from 'playwright/test';
import { expect, test } from '../support/fixtures.ts';
import { faultStack } from './support/fault-stack.ts';
import { WHOLE_INTERVIEW } from './support/interview-script.ts';
import { importFinishedInterview } from './support/seeded-interview.ts';
import { expectLines, readStored, storedLines } from './support/stored.ts';

// Writing the report failing upstream: Gemini erring, or answering with JSON cut short. The
// report page must say so in a sentence, keep the transcript, and write the report on Try again.

test.use({ stackOptions: faultStack() });

const ID = 'fault-report';

async function expectFailureThenRetry(page: Page, sentence: RegExp): Promise<void> {
  const message = page.locator('.generation-message');
  await expect(message).toContainText('The report could not be written.', { timeout: 20_000 });
  await expect(message).toContainText(sentence);
  // The transcript is all there while the report is missing.
  await expect(page.locator('.transcript-turn')).toHaveCount(WHOLE_INTERVIEW.length);
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.locator('.score-number')).toBeVisible({ timeout: 20_000 });
  await expect(message).toContainText('Your report is ready.');
}

async function expectTranscriptKept(page: Page): Promise<void> {
  const stored = await readStored(page, ID);
  expect(stored.record?.status).toBe('ended');
  expectLines(storedLines(stored), WHOLE_INTERVIEW);
  const reports = await page.evaluate(
    (id) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('mockingbird');
        open.onerror = () => reject(open.error ?? new Error('IndexedDB did not open'));
        open.onsuccess = () => {
          const count = open.result.transaction('reports').objectStore('reports').count(id);
          count.onsuccess = () => resolve(count.result);
          count.onerror = () => reject(count.error ?? new Error('count failed'));
        };
      }),
    ID,
  );
  expect(reports).toBe(1);
}

test('Gemini fails to write the report (500): the page says so, keeps the transcript, and Try again writes it', async ({
  page,
  stack,
}) => {
  const control = stack.gemini.control;
  control.failHttp('generateContent', 'http-500', 1);
  await importFinishedInterview(page, ID);
  await page.goto(`/report/${ID}`);
  await expectFailureThenRetry(page, /Gemini could not complete the request\. Please try again/);
  expect(control.generateRequests).toHaveLength(2);
  await expectTranscriptKept(page);
});

test('Gemini answers with JSON cut short: the page says the report was incomplete, and Try again writes it', async ({
  page,
  stack,
}) => {
  const control = stack.gemini.control;
  control.failHttp('generateContent', 'invalid-json', 1);
  await importFinishedInterview(page, ID);
  await page.goto(`/report/${ID}`);
  await expectFailureThenRetry(page, /incomplete.*try again/i);
  expect(control.generateRequests).toHaveLength(2);
  await expectTranscriptKept(page);
});
