import type { Page } from 'playwright/test';
import { DEFAULT_SCRIPT } from './fakes/gemini/interview-script.ts';
import { expect, test } from './support/fixtures.ts';
import { openRoomWith } from './support/open-room.ts';

// The candidate's turn, owned by the room (manual activity): a thinking pause after "and" does
// not hand the answer over, the ring counts down before the room hands a finished answer over,
// and holding Space keeps the turn (no ring) until the "Done" button hands it over. The
// microphone speaks one answer with a 2 s pause in the middle, after the greeting has ended.
// The ring is seen through a MutationObserver the page installs before the app runs, so a
// countdown that lasts well under a second on a busy machine is never missed by polling.

const SPOKEN = 'I profiled the slow query and | added the missing index to the orders table.';
test.use({ micSpeech: { text: SPOKEN, padBeforeSeconds: 14, padAfterSeconds: 2, pauseSeconds: 2 } });
/** What the fake transcribes: the part before the pause arrives during it, the rest at the end. */
const HEARD = 'I profiled the slow query and | added the missing index.';
const WHOLE = 'I profiled the slow query and added the missing index.';
const staticDir = process.env.E2E_STATIC_DIR ? { env: { STATIC_DIR: process.env.E2E_STATIC_DIR } } : {};
test.use({ stackOptions: { gemini: { script: { candidateAnswers: [HEARD] } }, ...staticDir } });
const SETUP = {
  topic: 'Python backend',
  level: 'Intermediate',
  voice: 'Kore',
  languageCode: 'en-US',
  lengthMinutes: 10,
  patience: 'normal',
  avatar: false,
};
const Q2 = DEFAULT_SCRIPT.questions[1]!;

test('a thinking pause after "and" does not hand the turn over: the answer arrives whole, in one turn, after the ring', async ({
  page,
  stack,
}) => {
  test.setTimeout(120_000);
  const control = stack.gemini.control;
  await recordRing(page);
  await openRoom(page, 'e2e-turn-pause');
  await control.waitFor('candidateTurn', 1, 60_000);
  const captions = page.getByRole('region', { name: 'Captions' });
  await expect(captions).toContainText(WHOLE);
  // Had the pause ended the turn, the second half would have cut into the next question.
  await control.waitFor('interviewerTurn', 2, 30_000);
  await expect(captions).toContainText(Q2);
  expect(control.count('candidateTurn')).toBe(1);
  expect(control.count('interrupted')).toBe(0);
  expect(control.latestConversation().candidateLines).toEqual([WHOLE]);
  // The hand-over by silence came after a countdown the candidate could see and hear announced.
  expect(await ringLog(page)).toContain(`ring:${RING_TEXT}`);
});

test('holding Space keeps the turn through the silence after the answer, with no ring, and the Done button hands it over', async ({
  page,
  stack,
}) => {
  test.setTimeout(120_000);
  const control = stack.gemini.control;
  await recordRing(page);
  await openRoom(page, 'e2e-turn-hold');
  await control.waitFor('interviewerTurn', 1, 30_000);
  await page.getByRole('heading', { level: 1 }).click(); // focus on the page, not a field or button
  await page.keyboard.down(' ');
  await expect(page.getByRole('button', { name: 'Still thinking' })).toHaveAttribute('aria-pressed', 'true');
  // The part before the pause is transcribed during it; then the rest is said and silence follows.
  const captions = page.getByRole('region', { name: 'Captions' });
  await expect(captions).toContainText('I profiled the slow query and', { timeout: 60_000 });
  await page.waitForTimeout(9_000); // the rest of the answer and more than the longest wait after it
  expect(control.count('candidateTurn')).toBe(0);
  expect(await ringLog(page)).toEqual([]);
  // Still held, so silence cannot hand the turn over: only the click can.
  await page.getByRole('button', { name: 'Done' }).click();
  await control.waitFor('candidateTurn', 1, 10_000);
  await expect(captions).toContainText(WHOLE);
  await page.keyboard.up(' ');
  expect(await ringLog(page)).toEqual([]);
});

const RING_TEXT = 'Handing over to the interviewer… keep talking to go on.';

/** Notes every countdown ring the room shows, with the status text announced beside it. */
async function recordRing(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const log: string[] = [];
    (window as unknown as { turnRingLog: string[] }).turnRingLog = log;
    new MutationObserver((records) => {
      for (const record of records)
        for (const node of record.addedNodes)
          if (node instanceof HTMLElement && node.classList.contains('turn-ring'))
            log.push(`ring:${document.querySelector('.turn-ring-text')?.textContent ?? ''}`);
    }).observe(document, { childList: true, subtree: true });
  });
}

async function ringLog(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { turnRingLog: string[] }).turnRingLog);
}

/** Seeds the setup the Setup screen would hand over, and opens the room. */
const openRoom = (page: Page, id: string): Promise<void> => openRoomWith(page, id, SETUP);
