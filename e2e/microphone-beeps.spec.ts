import { DEFAULT_SCRIPT } from './fakes/gemini/interview-script.ts';
import {
  type DetectorMessage,
  detectorEvents,
  detectorLog,
  followDetectorStream,
  logDetector,
} from './support/detector-log.ts';
import { expect, test } from './support/fixtures.ts';
import { openRoomWith } from './support/open-room.ts';
import { SETUP } from './report-history/interview-run.ts';

// Chromium's fake microphone (no spoken fixture here) beeps: 20 ms of a 400 Hz square wave every
// 500 ms (media/audio/simple_sources.cc, BeepingSource). The room's energy detector, in charge
// until Silero loads and for good when it cannot, once took every beep for speech: with the
// microphone open, a beep opened an answer that swallowed a typed one or cut the greeting, so
// specs that type answers had to close the microphone. Here the model is refused, so the
// energy detector runs throughout; the room must hear no answer in 12 beeps past the greeting,
// and take a typed answer with the microphone still open. The detector worker's messages are
// read by a listener added beside the app's own (support/detector-log.ts).

const streamMs = (log: DetectorMessage[]) => log.findLast((m) => m.type === 'position')?.streamMs ?? 0;

test('an open microphone that only beeps opens no answer, and a typed answer is taken', async ({ page, stack }) => {
  test.setTimeout(90_000);
  await page.route(/\.(onnx|wasm)(\?|$)/, (route) => route.abort());
  await logDetector(page);
  await openRoomWith(page, 'microphone-beeps', SETUP);

  const control = stack.gemini.control;
  await control.waitFor('interviewerTurn', 1, 30_000);
  await expect(page.locator('.state[data-state="listening"]')).toBeVisible({ timeout: 20_000 });
  // The model was asked for once the greeting had played, and could not load: energy it is.
  await expect.poll(async () => (await detectorLog(page)).find((m) => m.type === 'model')?.status).toBe('failed');
  // The kickoff went out as a turn of its own (activityStart, its text, activityEnd).
  const opened = control.count('activityStart');
  // Nothing is timed while the room waits for an answer, so the worker is asked for its position.
  await followDetectorStream(page);
  await expect.poll(async () => streamMs(await detectorLog(page))).toBeGreaterThan(0);
  const from = streamMs(await detectorLog(page));
  await expect.poll(async () => streamMs(await detectorLog(page)), { timeout: 30_000 }).toBeGreaterThan(from + 6_000);

  // No switch of detector, and not one speech event.
  expect(await detectorEvents(page)).toEqual([]);
  expect(control.count('activityStart')).toBe(opened);
  await expect(page.locator('.state[data-state="listening"]')).toBeVisible();

  const box = page.getByLabel('Type an answer');
  await box.fill('I build Python web services for payments, and I look after the deploy pipeline.');
  await box.press('Enter');
  await expect(page.getByRole('region', { name: 'Captions' })).toContainText(DEFAULT_SCRIPT.questions[1] ?? '', {
    timeout: 20_000,
  });
  expect(control.count('candidateTurn')).toBe(1);
});
