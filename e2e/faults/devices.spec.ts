import { expect, test } from '../support/fixtures.ts';
import {
  allowMicrophone,
  hookMicrophone,
  liveMicrophoneTracks,
  unplugMicrophone,
} from './support/microphone-faults.ts';
import { faultStack } from './support/fault-stack.ts';
import { A1, A2, Q1, Q2, WHOLE_INTERVIEW } from './support/interview-script.ts';
import { openRoom, roomAlert, roomSeen, typeAnswer, waitForLine, watchRoom } from './support/room.ts';
import { expectLines, readStored, storedLines } from './support/stored.ts';

// The microphone failing: blocked by the browser before the interview, or unplugged in the
// middle of it. The room must say what happened and how to fix it in this browser, and an
// interview already running must be able to go on (typed answers) and keep every line.

test.use({ stackOptions: faultStack() });

const ID = 'fault-mic';

test('a blocked microphone: the room says how to allow it in this browser, and Try again starts once it is allowed', async ({
  page,
  stack,
}) => {
  await hookMicrophone(page, { deny: true });
  await watchRoom(page);
  await openRoom(page, ID, { typedAnswers: false }); // these faults are the microphone's
  const alert = roomAlert(page);
  await expect(alert.getByRole('heading', { name: 'The microphone is not available' })).toBeVisible({
    timeout: 15_000,
  });
  await expect(alert).toContainText('Microphone access is blocked.');
  // Chromium's own steps, not a generic "check your settings".
  await expect(alert.getByRole('listitem').first()).toHaveText(
    'Click the settings icon at the left end of the address bar.',
  );
  expect(stack.gemini.control.count('tokenMinted')).toBe(0);

  await allowMicrophone(page);
  await alert.getByRole('button', { name: 'Try again' }).click();
  await waitForLine(page, Q1);
  await typeAnswer(page, A1);
  await waitForLine(page, Q2);
  await typeAnswer(page, A2);
  await page.waitForURL(`**/report/${ID}`, { timeout: 30_000 });
  expectLines(storedLines(await readStored(page, ID)), WHOLE_INTERVIEW);
});

test('the microphone is unplugged mid-interview: the room says so, typed answers go on, and Try again brings the microphone back', async ({
  page,
  stack,
}) => {
  const control = stack.gemini.control;
  await hookMicrophone(page, { deny: false });
  await watchRoom(page);
  await openRoom(page, ID, { typedAnswers: false }); // these faults are the microphone's
  await waitForLine(page, Q1);
  await control.waitFor('interviewerTurn', 1);
  expect(await unplugMicrophone(page)).toBe(1);

  const alert = roomAlert(page);
  await expect(alert.getByRole('heading', { name: 'The microphone stopped' })).toBeVisible();
  await expect(alert).toContainText('The microphone stopped, perhaps because it was unplugged.');
  await expect(alert).toContainText('type your answers');
  // The interview does not stop: the candidate types the answer instead.
  await typeAnswer(page, A1);
  await waitForLine(page, Q2);
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(alert).toBeHidden();
  // The room marks turns itself, so microphone audio reaches the service only inside an answer
  // its detector heard; what Try again must bring back is an open microphone feeding the room.
  await expect.poll(() => liveMicrophoneTracks(page), { message: 'the microphone is open again' }).toBe(1);
  await expect(page.getByRole('button', { name: 'Mute microphone' })).toBeVisible();
  await typeAnswer(page, A2);
  await page.waitForURL(`**/report/${ID}`, { timeout: 30_000 });

  expectLines((await roomSeen(page)).captions, WHOLE_INTERVIEW);
  const stored = await readStored(page, ID);
  expect(stored.record?.status).toBe('ended');
  expectLines(storedLines(stored), WHOLE_INTERVIEW);
});
