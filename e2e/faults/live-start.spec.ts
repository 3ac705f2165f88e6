import type { Page } from 'playwright/test';
import { expect, test } from '../support/fixtures.ts';
import { faultStack } from './support/fault-stack.ts';
import { A1, A2, Q1, Q2, WHOLE_INTERVIEW } from './support/interview-script.ts';
import { openRoom, roomAlert, roomSeen, typeAnswer, waitForLine, watchRoom } from './support/room.ts';
import { expectLines, readStored, storedLines } from './support/stored.ts';

// Getting a Live session at all: the token server or Gemini refusing, hanging or never
// finishing setup. The room must say what happened in a sentence, and Try again must start the
// interview, which then runs to the end with its whole transcript.

test.use({ stackOptions: faultStack() });

const ID = 'fault-start';
/**
 * Every answer here is typed, so the room leaves the microphone closed. Open, it hears Chromium's
 * fake device tone, which the energy detector (in charge until Silero loads) can take for speech:
 * an answer then opened by a beep swallowed a typed one, and the next question never came.
 */
const TYPED = { typedAnswers: true };

async function answerBothAndFinish(page: Page): Promise<void> {
  await waitForLine(page, Q1);
  await typeAnswer(page, A1);
  await waitForLine(page, Q2);
  await typeAnswer(page, A2);
  await page.waitForURL(`**/report/${ID}`, { timeout: 30_000 });
}

async function expectWholeInterview(page: Page): Promise<void> {
  expectLines((await roomSeen(page)).captions, WHOLE_INTERVIEW);
  const stored = await readStored(page, ID);
  expect(stored.record?.status).toBe('ended');
  expectLines(storedLines(stored), WHOLE_INTERVIEW);
}

/** The error the room shows: its heading, and a sentence (not a code) saying what to do. */
async function expectRoomError(page: Page, heading: string, sentence: RegExp, timeout = 15_000): Promise<void> {
  const alert = roomAlert(page);
  await expect(alert.getByRole('heading', { name: heading })).toBeVisible({ timeout });
  await expect(alert).toContainText(sentence);
  await expect(alert.getByRole('heading')).toBeFocused();
}

test('the token endpoint is down (Gemini answers 500, the server 502): the room explains, and Try again starts the interview', async ({
  page,
  stack,
}) => {
  const control = stack.gemini.control;
  control.failHttp('authTokens', 'http-500', 1);
  const answers: number[] = [];
  page.on('response', (r) => r.url().endsWith('/api/live/token') && answers.push(r.status()));
  await watchRoom(page);
  await openRoom(page, ID, TYPED);
  await expectRoomError(
    page,
    'The interview could not start',
    /Gemini could not complete the request\. Please try again/,
  );
  expect(answers).toEqual([502]);
  await roomAlert(page).getByRole('button', { name: 'Try again' }).click();
  await answerBothAndFinish(page);
  await expectWholeInterview(page);
  expect(control.count('setupComplete')).toBe(1);
});

test('the token endpoint hangs: the server gives up in time, the room explains, and Try again starts the interview', async ({
  page,
  stack,
}) => {
  test.setTimeout(90_000);
  const control = stack.gemini.control;
  control.failHttp('authTokens', 'hang', 1);
  await watchRoom(page);
  await openRoom(page, ID, TYPED);
  await expect(page.getByRole('status').filter({ hasText: 'Getting your interview ready' })).toBeVisible();
  // The server's own deadline for minting a token is 15 s.
  await expectRoomError(page, 'The interview could not start', /did not answer in time\. Please try again/, 30_000);
  await roomAlert(page).getByRole('button', { name: 'Try again' }).click();
  await answerBothAndFinish(page);
  await expectWholeInterview(page);
});

test('Gemini refuses the token (1008): the room says the permission was refused, and Try again starts with a new one', async ({
  page,
  stack,
}) => {
  const control = stack.gemini.control;
  control.rejectNextConnections(1);
  await watchRoom(page);
  await openRoom(page, ID, TYPED);
  await expectRoomError(
    page,
    'The interview could not start',
    /Gemini did not accept the permission to start this interview.*Select “Try again” to get a new one/,
  );
  await roomAlert(page).getByRole('button', { name: 'Try again' }).click();
  await answerBothAndFinish(page);
  await expectWholeInterview(page);
  expect(control.count('rejected')).toBe(1);
  // The retry used a new token: each token is good for one connection.
  const tokens = control.connections.map((c) => (c.credential.kind === 'token' ? c.credential.name : ''));
  expect(new Set(tokens).size).toBe(tokens.length);
});

test('Gemini never completes the setup: after the connect timeout the room explains, and Try again starts the interview', async ({
  page,
  stack,
}) => {
  test.setTimeout(90_000);
  const control = stack.gemini.control;
  control.withholdSetupComplete();
  await watchRoom(page);
  await openRoom(page, ID, TYPED);
  await control.waitFor('setup', 1);
  // The app waits 10 s for setupComplete.
  await expectRoomError(
    page,
    'The interviewer could not be reached',
    /The interviewer did not answer in time\. Check your connection and try again\./,
    25_000,
  );
  control.withholdSetupComplete(false);
  await roomAlert(page).getByRole('button', { name: 'Try again' }).click();
  await answerBothAndFinish(page);
  await expectWholeInterview(page);
  // The interview runs on a new connection, not on the one whose setup never completed.
  expect(control.connections.length).toBeGreaterThanOrEqual(2);
  expect(control.latestConversation().connections).not.toContain(control.connections[0]);
});

test('the server restarts mid-interview: the Live session carries on, and a drop while it is down reconnects once it is back', async ({
  page,
  stack,
}) => {
  test.setTimeout(90_000);
  const control = stack.gemini.control;
  const tokenFailures: string[] = [];
  page.on(
    'requestfailed',
    (r) => r.url().endsWith('/api/live/token') && tokenFailures.push(r.failure()?.errorText ?? 'failed'),
  );
  await watchRoom(page);
  await openRoom(page, ID, TYPED);
  await waitForLine(page, Q1);
  await control.waitFor('interviewerTurn', 1);

  // The browser talks to Gemini itself: a restart of the server goes unnoticed.
  await stack.restartServer();
  await typeAnswer(page, A1);
  await waitForLine(page, Q2);
  expect(control.connections).toHaveLength(1);
  expect(control.count('tokenMinted')).toBe(1);

  // The connection drops while the server is down again: the next token comes once it is back.
  const restarted = stack.restartServer();
  await expect.poll(() => serverAnswers(stack.baseUrl), { timeout: 10_000, intervals: [50] }).toBe(false);
  control.drop();
  await restarted;
  await control.waitFor('resumed', 1, 30_000);
  await typeAnswer(page, A2);
  await page.waitForURL(`**/report/${ID}`, { timeout: 30_000 });

  expect(tokenFailures.length).toBeGreaterThanOrEqual(1);
  expect((await roomSeen(page)).alerts).toEqual([]);
  await expectWholeInterview(page);
});

async function serverAnswers(baseUrl: string): Promise<boolean> {
  try {
    return (await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(500) })).ok;
  } catch {
    return false;
  }
}
