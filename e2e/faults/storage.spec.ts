import { expect, test } from '../support/fixtures.ts';
import { download, markdownLines } from './support/downloads.ts';
import { faultStack } from './support/fault-stack.ts';
import { A1, A2, GREETING, Q1, Q2, SCRIPT, WHOLE_INTERVIEW } from './support/interview-script.ts';
import { openRoom, roomSeen, typeAnswer, waitForLine, watchRoom } from './support/room.ts';
import { blockIndexedDb, fillStorageAfter, refusedWrites } from './support/storage-faults.ts';
import { expectLines, readStored, storedLines } from './support/stored.ts';

// The candidate's own device failing to keep the interview: the tab reloaded in the middle of
// it, IndexedDB refused, the disk full. Whatever was said must still be there: in history, or
// on screen and in a transcript the candidate can download.

test.use({ stackOptions: faultStack() });

const ID = 'fault-storage';

test('the tab is reloaded mid-answer: history shows the interview as unfinished with every finished turn', async ({
  page,
  stack,
}) => {
  const control = stack.gemini.control;
  control.useRealisticPace();
  await openRoom(page, ID);
  await waitForLine(page, Q1);
  await control.waitFor('interviewerTurn', 1);
  await typeAnswer(page, A1);
  await control.waitFor('utteranceStarted', 2); // the next question is being asked
  await page.reload();
  await page.goto('/history');

  const item = page.locator('.history-item').filter({ hasText: 'Payments backend' });
  await expect(item).toContainText('Unfinished');
  const stored = await readStored(page, ID);
  expect(stored.record?.status).toBe('unfinished');
  expectLines(storedLines(stored), [
    ['interviewer', GREETING],
    ['candidate', A1],
  ]);
  await item.getByRole('link', { name: 'Payments backend' }).click();
  await expect(page.getByText('Unfinished', { exact: true })).toBeVisible();
  const transcript = page.getByRole('region', { name: 'Transcript' });
  await expect(transcript).toContainText(GREETING);
  await expect(transcript).toContainText(A1);
});

test('IndexedDB is unavailable: the room says history will not be kept, the interview runs, and the transcript can be downloaded', async ({
  page,
}) => {
  await blockIndexedDb(page);
  await watchRoom(page);
  await openRoom(page, ID);
  const notice = "History won't be kept on this device";
  await expect(page.locator('.room .notices')).toContainText(notice);
  await waitForLine(page, Q1);
  await typeAnswer(page, A1);
  await waitForLine(page, Q2);
  await typeAnswer(page, A2);
  await page.waitForURL(`**/report/${ID}`, { timeout: 30_000 });

  expectLines((await roomSeen(page)).captions, WHOLE_INTERVIEW);
  await expect(page.locator('.storage-notice')).toContainText(notice);
  const markdown = await download(page.getByRole('button', { name: 'Download transcript (Markdown)' }));
  expectLines(markdownLines(markdown.text), WHOLE_INTERVIEW);
});

test('storage fills up mid-interview: the room says so, keeps every line, and offers the whole transcript as a download', async ({
  page,
}) => {
  // The interview's record and the greeting fit; nothing after that does.
  await fillStorageAfter(page, 2);
  await watchRoom(page);
  await openRoom(page, ID);
  await waitForLine(page, Q1);
  await typeAnswer(page, A1);

  const warning = page.locator('.save-warning');
  await expect(warning).toContainText("Your browser's storage for this site is full");
  await expect(warning).toContainText('not saved yet');
  await expect(page.getByRole('button', { name: 'Download transcript (Markdown)' })).toBeVisible();
  await waitForLine(page, Q2);
  await typeAnswer(page, A2);
  await waitForLine(page, SCRIPT.closing);

  // The interview is over, but the room stays: the report could only show what was saved.
  const unsaved = page.getByRole('region', { name: /not all of it could be saved/ });
  await expect(unsaved).toBeVisible({ timeout: 30_000 });
  expect(page.url()).toContain(`/interview/${ID}`);
  const markdown = await download(unsaved.getByRole('button', { name: 'Download transcript (Markdown)' }));
  expectLines(markdownLines(markdown.text), WHOLE_INTERVIEW);
  expectLines((await roomSeen(page)).captions, WHOLE_INTERVIEW);
  expect(await refusedWrites(page)).toBeGreaterThan(0);
  // What did fit is on the device.
  expectLines(storedLines(await readStored(page, ID)), [['interviewer', GREETING]]);
});
