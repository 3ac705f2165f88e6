import type { Page } from 'playwright/test';
import { fakeDailyRecord, useFakeDaily } from '../fakes/fake-daily.ts';
import { expect, test } from '../support/fixtures.ts';
import { faultStack } from './support/fault-stack.ts';
import { A1, A2, Q1, Q2, WHOLE_INTERVIEW } from './support/interview-script.ts';
import { openRoom, roomSeen, typeAnswer, waitForLine, watchRoom } from './support/room.ts';
import { expectLines, readStored, storedLines } from './support/stored.ts';

// The video interviewer failing before it ever shows: Tavus at its concurrency limit, Tavus
// refusing the server's key, or a replica that never joins the room. Each time the interview
// must run with voice only, say so in one calm sentence, keep every line, and leave no Tavus
// conversation running. The fake Daily stands in for daily-js inside the page.

test.use({ stackOptions: faultStack() });

const ID = 'fault-avatar';
const BUSY = "All video interviewers are busy right now, so we'll continue with voice only.";
const UNAVAILABLE = "The video interviewer isn't available right now, so we'll continue with voice only.";

const orb = (page: Page) => page.locator('figure.interviewer[data-view="orb"] .orb');
const face = (page: Page) => page.locator('figure.interviewer[data-view="avatar"] video');

async function runVoiceOnlyInterview(page: Page, sentence: string): Promise<void> {
  await waitForLine(page, Q1, 30_000);
  // Exactly the sentence: no status code, no word about keys or limits.
  await expect(page.locator('.room .avatar-notice')).toHaveText(sentence, { timeout: 20_000 });
  await expect(orb(page)).toBeVisible();
  await expect(face(page)).toHaveCount(0);
  await typeAnswer(page, A1);
  await waitForLine(page, Q2);
  await typeAnswer(page, A2);
  await page.waitForURL(`**/report/${ID}`, { timeout: 30_000 });
  const seen = await roomSeen(page);
  expect(seen.alerts).toEqual([]);
  expectLines(seen.captions, WHOLE_INTERVIEW);
  expectLines(storedLines(await readStored(page, ID)), WHOLE_INTERVIEW);
}

test('Tavus is at its concurrent limit (400): voice only, with the busy sentence, and the whole interview kept', async ({
  page,
  stack,
}) => {
  stack.tavus.control.fail('createConversation', 'max-concurrent', 1);
  await useFakeDaily(page);
  await watchRoom(page);
  await openRoom(page, ID, { avatar: true, typedAnswers: true }); // typed: see live-start.spec.ts
  await runVoiceOnlyInterview(page, BUSY);
  expect(stack.tavus.control.created()).toBe(0);
  expect((await fakeDailyRecord(page)).joins).toEqual([]);
});

test('Tavus refuses the server’s key (401): voice only, with a calm sentence that blames no one, and the whole interview kept', async ({
  page,
  stack,
}) => {
  stack.tavus.control.fail('createConversation', 'http-401', 1);
  await useFakeDaily(page);
  await watchRoom(page);
  await openRoom(page, ID, { avatar: true, typedAnswers: true }); // typed: see live-start.spec.ts
  await runVoiceOnlyInterview(page, UNAVAILABLE);
  expect(stack.tavus.control.created()).toBe(0);
});

test('the replica never joins: the greeting starts with voice after a short wait, then voice only, and the conversation is ended', async ({
  page,
  stack,
}) => {
  await useFakeDaily(page, { replica: 'never' });
  await watchRoom(page);
  await openRoom(page, ID, { avatar: true, typedAnswers: true }); // typed: see live-start.spec.ts
  await expect(page.getByText('Connecting the video interviewer')).toBeVisible();
  await runVoiceOnlyInterview(page, UNAVAILABLE);
  // The room was joined and waited for; its conversation is not left running on Tavus.
  expect((await fakeDailyRecord(page)).joins).toHaveLength(1);
  await expect
    .poll(() => ({ created: stack.tavus.control.created(), active: stack.tavus.control.activeIds().length }))
    .toEqual({ created: 1, active: 0 });
});
