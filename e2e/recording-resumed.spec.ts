import { answer, ANSWERS, QUESTIONS, SETUP } from './report-history/interview-run.ts';
import { readStoredRecording } from './recording/stored-recording.ts';
import { expect, test } from './support/fixtures.ts';
import type { Page } from 'playwright/test';

// An interview resumed after a reload keeps every part of its recording: the new part is stored
// after the first, the report plays them in order (the first hands over to the second), and a
// line said after the reload seeks into the second part.

const staticEnv: Record<string, string> = process.env.E2E_STATIC_DIR ? { STATIC_DIR: process.env.E2E_STATIC_DIR } : {};
test.use({ stackOptions: { env: staticEnv, gemini: { voiceActivity: { threshold: 2 } } } });

const ID = 'resumed-rec';

async function startOrResume(page: Page): Promise<void> {
  const startButton = page.getByRole('button', { name: 'Start the interview' });
  await expect(startButton.or(page.getByText(/Getting your interview ready|Captions/).first())).toBeVisible();
  if (await startButton.isVisible()) await startButton.click();
  await expect(page.getByText('Recording this interview on this device only.')).toBeVisible({ timeout: 20_000 });
}

test('a recording resumed after a reload keeps its first part and plays both in order', async ({ page, stack }) => {
  test.setTimeout(150_000);
  await page.goto('/');
  await page.evaluate((setup) => sessionStorage.setItem(`mockingbird:setup:${setup.id}`, JSON.stringify(setup.value)), {
    id: ID,
    value: { ...SETUP, record: true, typedAnswers: true },
  });
  await page.goto(`/interview/${ID}`);
  await startOrResume(page);
  // The captions can show a whole question before its last audio has been sent (transcription
  // runs ahead of the audio, as the service's may). The candidate answers, and the page reloads,
  // only once the interviewer's turn is complete: an answer typed over the question's last words
  // would be a barge-in that cuts it, and a reload would cut it too; either way the turns counted
  // below would be one short. The interviewer speaks in real time (the greeting alone is ~8 s of
  // audio), hence the longer waits.
  const { control } = stack.gemini;
  await control.waitFor('interviewerTurn', 1, 30_000);
  await answer(page, 0);
  await expect(page.getByRole('region', { name: 'Captions' })).toContainText(QUESTIONS[1], { timeout: 20_000 });
  await control.waitFor('interviewerTurn', 2, 30_000);
  await expect
    .poll(async () => (await readStoredRecording(page, ID)).chunkSizes.length, { timeout: 15_000 })
    .toBeGreaterThan(1);
  const before = await readStoredRecording(page, ID);

  await page.reload();
  await startOrResume(page);
  // The new session speaks again; the candidate answers it and ends the interview.
  await control.waitFor('interviewerTurn', 3, 30_000);
  const box = page.getByLabel('Type an answer');
  await box.fill(ANSWERS[1]);
  await box.press('Enter');
  await expect(page.getByRole('region', { name: 'Captions' })).toContainText(ANSWERS[1]);
  // At least one more 2 s chunk of the second part, recorded after the answer.
  const answered = (await readStoredRecording(page, ID)).chunkSizes.length;
  await expect
    .poll(async () => (await readStoredRecording(page, ID)).chunkSizes.length, { timeout: 15_000 })
    .toBeGreaterThan(answered);
  await page.getByRole('button', { name: 'End interview' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'End interview' }).click();
  await page.waitForURL(`**/report/${ID}`, { timeout: 30_000 });

  const after = await readStoredRecording(page, ID);
  expect(after.info?.state).toBe('complete');
  // The first part's chunks are all still there, and the second part's follow them.
  expect(after.chunkSizes.slice(0, before.chunkSizes.length)).toEqual(before.chunkSizes);
  expect(after.chunkSizes.length).toBeGreaterThan(before.chunkSizes.length);
  const parts =
    (after.info as { laterParts?: { byteOffset: number; offsetMs: number }[] } | undefined)?.laterParts ?? [];
  expect(parts).toHaveLength(1);
  expect(parts[0]!.offsetMs).toBeGreaterThanOrEqual(before.info!.durationMs);
  const answerAfterReload = after.info!.turnOffsets.find((o) => o.offsetMs >= parts[0]!.offsetMs);
  expect(answerAfterReload).toBeDefined();

  const recording = page.getByRole('region', { name: 'Recording' });
  await expect(recording.getByRole('button', { name: /^Download part 2 of the recording/ })).toBeVisible();
  const audio = recording.locator('audio');
  await expect
    .poll(() => audio.evaluate((a: HTMLAudioElement) => a.duration), { timeout: 10_000 })
    .toBeLessThan(Infinity);
  const firstSrc = await audio.evaluate((a: HTMLAudioElement) => a.currentSrc);

  // A line said after the reload seeks into the second part and is highlighted.
  const transcript = page.getByRole('region', { name: 'Transcript' });
  const lateLine = transcript.getByRole('listitem').filter({ hasText: ANSWERS[1] });
  await lateLine.locator('.turn-text').click();
  await expect
    .poll(() => audio.evaluate((a: HTMLAudioElement) => a.currentSrc), { timeout: 10_000 })
    .not.toBe(firstSrc);
  await expect(lateLine).toHaveAttribute('aria-current', 'true');
  await audio.evaluate((a: HTMLAudioElement) => a.pause());

  // From the end of the first part, playback goes on into the second.
  const firstLine = transcript.getByRole('listitem').filter({ hasText: ANSWERS[0] });
  await firstLine.locator('.turn-text').click();
  await expect.poll(() => audio.evaluate((a: HTMLAudioElement) => a.currentSrc), { timeout: 10_000 }).toBe(firstSrc);
  await expect
    .poll(() => audio.evaluate((a: HTMLAudioElement) => a.currentSrc), { timeout: 60_000 })
    .not.toBe(firstSrc);
  await expect
    .poll(() => audio.evaluate((a: HTMLAudioElement) => !a.paused && a.currentTime > 0), { timeout: 10_000 })
    .toBe(true);
});
