import { AxeBuilder } from '@axe-core/playwright';
import { echoedTurns, interruptsSent } from './fakes/fake-daily-echo.ts';
import { failFakeDaily, fakeDailyRecord, useFakeDaily } from './fakes/fake-daily.ts';
import { DEFAULT_SCRIPT } from './fakes/gemini/interview-script.ts';
import {
  answerByTyping,
  avatarVideo,
  collectEchoStats,
  expectFaceShowing,
  firstDifference,
  geminiUtteranceAudio,
  openAvatarRoom,
  orb,
  SETUP,
  storedTurnTexts,
} from './avatar/avatar-room.ts';
import { recordedRms } from './recording/recorded-level.ts';
import { readStoredRecording } from './recording/stored-recording.ts';
import { expect, test } from './support/fixtures.ts';
import { SCREENSHOTS } from './support/screenshots.ts';

// The talking avatar in a whole interview, in real Chromium: the real token server creates
// conversations on the fake Tavus API, the app joins them through the fake Daily (the only
// stand-in inside the page), and the fake Gemini speaks in real time. The replica must get
// exactly the interviewer's audio, stop on a barge-in, hand the voice back when it breaks, and
// no conversation may be left running, however the room is left.

const [Q1, Q2, Q3] = DEFAULT_SCRIPT.questions as [string, string, string];
const GREETING = `${DEFAULT_SCRIPT.greeting} ${Q1}`;
const DROPPED = "The video interviewer lost its connection, so we'll continue with voice only.";
const BUSY = "All video interviewers are busy right now, so we'll continue with voice only.";

// E2E_STATIC_DIR lets a run use its own build of the app instead of the shared dist/web.
const staticEnv: Record<string, string> = process.env.E2E_STATIC_DIR ? { STATIC_DIR: process.env.E2E_STATIC_DIR } : {};
// The default fake microphone beeps; the answers here are typed, so the fake hears no speech.
test.use({ stackOptions: { env: staticEnv, gemini: { voiceActivity: { threshold: 2 } } } });

test('the replica speaks exactly the interviewer’s audio, stops on a barge-in, and its conversation is ended', async ({
  page,
  stack,
}) => {
  test.setTimeout(120_000);
  const { gemini, tavus } = stack;
  const echoStats = collectEchoStats(page);
  const pageErrors: string[] = [];
  page.on('pageerror', (err) => pageErrors.push(String(err)));
  await useFakeDaily(page);
  await openAvatarRoom(page, 'avatar-1');
  await expectFaceShowing(page);
  const captions = page.getByRole('region', { name: 'Captions' });
  await expect(captions).toContainText('Hello, and', { timeout: 15_000 });
  await expectNoAccessibilityViolations(page);
  await page.screenshot({ path: `${SCREENSHOTS}avatar-room-desktop.png` });

  // The greeting: every sample the fake Gemini sent reached the replica, in order, in one turn.
  await expect.poll(async () => echoedTurns(await fakeDailyRecord(page))[0]?.done, { timeout: 20_000 }).toBe(true);
  const greeting = echoedTurns(await fakeDailyRecord(page))[0]!;
  const sent = geminiUtteranceAudio(gemini, 1);
  expect(firstDifference(greeting.pcm, sent)).toBe(-1);
  expect(greeting.pcm.subarray(sent.length).every((s) => s === 0)).toBe(true); // a short closing silence
  expect(greeting.pcm.length - sent.length).toBeLessThanOrEqual(24_000 / 10);

  // The candidate answers; while the next question is being spoken, they type over it.
  await answerByTyping(page, 'I build Python services with FastAPI.');
  await expect
    .poll(async () => echoedTurns(await fakeDailyRecord(page))[1]?.messages ?? 0, { timeout: 15_000 })
    .toBeGreaterThan(10);
  await answerByTyping(page, 'Sorry, one thing first: I also run the on-call rota.');
  await expect
    .poll(async () => interruptsSent(await fakeDailyRecord(page)), { timeout: 10_000 })
    .toBeGreaterThanOrEqual(1);
  await expect(captions).toContainText(Q3, { timeout: 20_000 });
  await expect.poll(async () => echoedTurns(await fakeDailyRecord(page))[2]?.done, { timeout: 20_000 }).toBe(true);
  const [, cut, third] = echoedTurns(await fakeDailyRecord(page));
  expect(cut?.done).toBe(false);
  expect(third?.inferenceId).not.toBe(cut?.inferenceId);
  expect(firstDifference(third!.pcm, geminiUtteranceAudio(gemini, 3))).toBe(-1);

  // The last answer; the interviewer says goodbye through the replica and ends the interview.
  await answerByTyping(page, 'I would add alerts on the slow queries.');
  await page.waitForURL('**/report/avatar-1', { timeout: 30_000 });
  await expect
    .poll(() => ({ created: tavus.control.created(), ended: tavus.control.ended() }), { timeout: 5000 })
    .toEqual({ created: 1, ended: 1 });

  const record = await fakeDailyRecord(page);
  expect(record.tooLarge).toBe(0);
  expect(Math.max(...record.appMessages.map((m) => m.chars))).toBeLessThanOrEqual(4096);
  expect(record.calls.slice(-2)).toEqual(['leave', 'destroy']);
  const turns = echoedTurns(record);
  expect(turns.map((t) => t.done)).toEqual([true, false, true, true]); // greeting, cut question, question, goodbye
  await expect.poll(() => echoStats.length).toBe(1);
  const stats = echoStats[0]!;
  await test
    .info()
    .attach('echo-stats.json', { body: JSON.stringify(stats, null, 2), contentType: 'application/json' });
  console.log(`avatar echo stats: ${JSON.stringify(stats)}`);
  expect(stats.messagesSent).toBe(turns.reduce((n, t) => n + t.messages, 0));
  expect(stats.peakMessagesPerSecond).toBeLessThanOrEqual(20);
  expect(pageErrors).toEqual([]);
});

test('a replica that breaks mid-interview hands the voice back without losing a line', async ({ page, stack }) => {
  test.setTimeout(90_000);
  await useFakeDaily(page);
  await openAvatarRoom(page, 'avatar-2');
  await expectFaceShowing(page);
  const captions = page.getByRole('region', { name: 'Captions' });
  await expect(captions).toContainText('Hello, and', { timeout: 15_000 });

  await failFakeDaily(page, 'error');
  await expect(page.getByRole('status').filter({ hasText: DROPPED })).toBeVisible();
  await expect(orb(page)).toBeVisible();
  await expect(avatarVideo(page)).toHaveCount(0);
  await page.screenshot({ path: `${SCREENSHOTS}avatar-fallback-desktop.png` });
  // The broken avatar's conversation is ended at once, while the interview goes on.
  await expect
    .poll(() => ({ created: stack.tavus.control.created(), ended: stack.tavus.control.ended() }), { timeout: 5000 })
    .toEqual({ created: 1, ended: 1 });

  await expect(captions).toContainText(GREETING, { timeout: 20_000 });
  await stack.gemini.control.waitFor('interviewerTurn', 1, 20_000);
  await answerByTyping(page, 'I build Python services with FastAPI.');
  await expect(captions).toContainText(Q2, { timeout: 20_000 });
  await page.getByRole('button', { name: 'End interview' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'End interview' }).click();
  await page.waitForURL('**/report/avatar-2', { timeout: 15_000 });
  expect(await storedTurnTexts(page, 'avatar-2')).toEqual([GREETING, 'I build Python services with FastAPI.', Q2]);
  expect(stack.tavus.control.activeIds()).toEqual([]);
});

test('with recording on, the interviewer’s voice is recorded from the replica while the local player is muted', async ({
  page,
  stack,
}) => {
  test.setTimeout(90_000);
  await useFakeDaily(page);
  // Typed answers: no microphone in the mix, so whatever the recording holds is the interviewer.
  const setup = { ...SETUP, record: true, typedAnswers: true };
  await page.goto('/');
  await page.evaluate((value) => sessionStorage.setItem('mockingbird:setup:avatar-rec', value), JSON.stringify(setup));
  await page.goto('/interview/avatar-rec');
  const startButton = page.getByRole('button', { name: 'Start the interview' });
  await expect(startButton.or(page.getByText(/Getting your interview ready|Captions/).first())).toBeVisible();
  if (await startButton.isVisible()) await startButton.click();
  await expectFaceShowing(page);
  await expect(page.getByText('Recording this interview on this device only.')).toBeVisible({ timeout: 20_000 });
  // The whole greeting went through the replica (the player was muted for it).
  await expect.poll(async () => echoedTurns(await fakeDailyRecord(page))[0]?.done, { timeout: 20_000 }).toBe(true);
  await stack.gemini.control.waitFor('interviewerTurn', 1, 20_000);
  await page.getByRole('button', { name: 'End interview' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'End interview' }).click();
  await page.waitForURL('**/report/avatar-rec', { timeout: 15_000 });

  const stored = await readStoredRecording(page, 'avatar-rec');
  expect(stored.info?.state).toBe('complete');
  const greetingSeconds = geminiUtteranceAudio(stack.gemini, 1).length / 24_000;
  const greetingRms = await recordedRms(
    page,
    'avatar-rec',
    0,
    Math.min(stored.info!.durationMs, greetingSeconds * 1000),
  );
  // The fake voice peaks at 0.35 of full scale; silence decodes to ~0.
  expect(greetingRms).toBeGreaterThan(0.02);
});

test('closing the tab mid-interview ends the conversation by beacon', async ({ page, stack }) => {
  await useFakeDaily(page);
  await openAvatarRoom(page, 'avatar-3');
  await expectFaceShowing(page);
  expect(stack.tavus.control.activeIds()).toHaveLength(1);
  await page.close();
  await expect
    .poll(() => ({ created: stack.tavus.control.created(), ended: stack.tavus.control.ended() }), { timeout: 10_000 })
    .toEqual({ created: 1, ended: 1 });
});

test('Tavus at its concurrent limit: the interview runs with voice and says so', async ({ page, stack }) => {
  stack.tavus.control.fail('createConversation', 'max-concurrent', 1);
  await useFakeDaily(page);
  await openAvatarRoom(page, 'avatar-4');
  await expect(page.getByRole('status').filter({ hasText: BUSY })).toBeVisible({ timeout: 15_000 });
  await expect(orb(page)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Captions' })).toContainText('Hello, and', { timeout: 15_000 });
  await expect(avatarVideo(page)).toHaveCount(0);
  expect((await fakeDailyRecord(page)).joins).toEqual([]);
  expect(stack.tavus.control.created()).toBe(0);
});

async function expectNoAccessibilityViolations(page: import('playwright/test').Page): Promise<void> {
  const scan = await new AxeBuilder({ page })
    .include('.room')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  expect(scan.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}
