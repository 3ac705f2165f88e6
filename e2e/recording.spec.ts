import { AxeBuilder } from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright/test';
import { DEFAULT_SCRIPT } from './fakes/gemini/interview-script.ts';
import { readStoredRecording } from './recording/stored-recording.ts';
import { expect, test } from './support/fixtures.ts';

// Recording in real Chromium with a spoken fake microphone: chosen on the setup screen, written
// to IndexedDB chunk by chunk during the interview, then replayed on the report beside the
// transcript (a line seeks, the line being heard is highlighted, an answer plays on its own)
// and downloaded with its size shown.

const SPOKEN = 'I have been building Python web services for five years, mostly with Django and FastAPI.';
test.use({ micSpeech: { text: SPOKEN, padBeforeSeconds: 9, padAfterSeconds: 1 } });
const HEARD = 'I build Python web services with Django and FastAPI.';
const TYPED_2 = 'A slow report query: I profiled it and added the missing index.';
const TYPED_3 = 'I would add monitoring before the problem reached users.';
const [, Q2, Q3] = DEFAULT_SCRIPT.questions as [string, string, string];
const staticDir = process.env.E2E_STATIC_DIR ? { env: { STATIC_DIR: process.env.E2E_STATIC_DIR } } : {};
test.use({ stackOptions: { gemini: { script: { candidateAnswers: [HEARD] } }, ...staticDir } });

async function answerByTyping(page: Page, text: string): Promise<void> {
  const box = page.getByLabel('Type an answer');
  await box.fill(text);
  await box.press('Enter');
}

/** Setup with recording chosen, Start, and the room's own start button when it asks. */
async function startRecordedInterview(page: Page): Promise<string> {
  await page.goto('/');
  // Recording sits with the microphone check in setup's second part, closed at first.
  await page.getByText('Interviewer, microphone and more').click();
  const record = page.getByRole('checkbox', { name: 'Record this interview on this device' });
  await expect(record).not.toBeChecked();
  await expect(page.getByText(/A 20-minute interview needs about 6\.3 MB on this device/)).toBeVisible();
  await record.check();
  await page.getByRole('radio', { name: '10 minutes' }).check();
  await expect(page.getByText(/A 10-minute interview needs about 3\.1 MB/)).toBeVisible();
  await page.getByLabel('Topic').fill('Python backend');
  await page.getByRole('button', { name: 'Start interview' }).click();
  await page.waitForURL('**/interview/**');
  const startButton = page.getByRole('button', { name: 'Start the interview' });
  await expect(startButton.or(page.getByText(/Getting your interview ready|Captions|could not start/).first())).toBeVisible();
  if (await startButton.isVisible()) await startButton.click();
  return decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');
}

test('records a spoken interview chunk by chunk and replays it beside the transcript', async ({ page }) => {
  test.setTimeout(150_000);
  const pageErrors: string[] = [];
  page.on('pageerror', (err) => pageErrors.push(String(err)));
  const id = await startRecordedInterview(page);
  await expect(page.getByText('Recording this interview on this device only.')).toBeVisible({ timeout: 20_000 });

  const captions = page.getByRole('region', { name: 'Captions' });
  await expect(captions).toContainText(HEARD, { timeout: 30_000 });
  await expect(captions).toContainText(Q2, { timeout: 20_000 });
  // Written as it goes: chunks are already in IndexedDB while the interview is still live.
  await expect.poll(async () => (await readStoredRecording(page, id)).chunkSizes.length, { timeout: 10_000 }).toBeGreaterThan(1);
  expect((await readStoredRecording(page, id)).info?.state).toBe('recording');
  await answerByTyping(page, TYPED_2);
  await expect(captions).toContainText(Q3, { timeout: 20_000 });
  await answerByTyping(page, TYPED_3);
  await page.waitForURL(`**/report/${encodeURIComponent(id)}`, { timeout: 30_000 });

  const stored = await readStoredRecording(page, id);
  expect(stored.info).toMatchObject({ state: 'complete', mimeType: 'audio/webm;codecs=opus' });
  expect(stored.info?.bytes).toBe(stored.chunkSizes.reduce((a, b) => a + b, 0));
  expect(stored.info?.turnOffsets.length).toBe(7);

  const recording = page.getByRole('region', { name: 'Recording' });
  const audio = recording.locator('audio');
  await expect(audio).toBeVisible();
  // Chromium learns the length of MediaRecorder's WebM only after a seek to its end.
  await expect.poll(() => audio.evaluate((a: HTMLAudioElement) => a.duration), { timeout: 10_000 }).toBeLessThan(Infinity);
  const duration = await audio.evaluate((a: HTMLAudioElement) => a.duration);
  expect(Math.abs(duration * 1000 - stored.info!.durationMs)).toBeLessThan(3000);

  // A line of the transcript seeks the player there and is highlighted while it is heard.
  const transcript = page.getByRole('region', { name: 'Transcript' });
  const q3Line = transcript.getByRole('listitem').filter({ hasText: Q3 });
  await q3Line.locator('.turn-text').click();
  const q3Offset = stored.info!.turnOffsets[4]!.offsetMs;
  await expect.poll(() => audio.evaluate((a: HTMLAudioElement) => a.currentTime * 1000), { timeout: 5000 }).toBeGreaterThanOrEqual(q3Offset - 50);
  await expect(q3Line).toHaveAttribute('aria-current', 'true');
  await expect(transcript.locator('[aria-current="true"]')).toHaveCount(1);

  // An answer's own button plays that answer and stops where the next line begins.
  const answerLine = transcript.getByRole('listitem').filter({ hasText: TYPED_2 });
  await answerLine.getByRole('button', { name: 'Play this answer' }).click();
  await expect(answerLine).toHaveAttribute('aria-current', 'true');
  const answerEnd = stored.info!.turnOffsets[4]!.offsetMs / 1000;
  await expect.poll(() => audio.evaluate((a: HTMLAudioElement) => a.paused), { timeout: 30_000 }).toBe(true);
  const stoppedAt = await audio.evaluate((a: HTMLAudioElement) => a.currentTime);
  expect(stoppedAt).toBeGreaterThanOrEqual(answerEnd - 0.05);
  expect(stoppedAt).toBeLessThan(answerEnd + 1);

  const download = recording.getByRole('button', { name: /^Download recording \(\d+(\.\d)? (KB|MB)\)$/ });
  const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
  expect(file.suggestedFilename()).toMatch(/^mockingbird-python-backend-\d{4}-\d{2}-\d{2}\.webm$/);
  const bytes = await readFile(await file.path());
  expect(bytes.length).toBe(stored.info?.bytes);
  expect(bytes.subarray(0, 4).toString('hex')).toBe('1a45dfa3'); // the EBML (WebM) signature

  const scan = await new AxeBuilder({ page }).include('.replay').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(scan.violations.map((v) => v.id)).toEqual([]);
  expect(pageErrors).toEqual([]);
});

test('a full disk stops the recording with a sentence while the interview goes on to its report', async ({ page }) => {
  test.setTimeout(150_000);
  // The browser refuses the third chunk as a full disk would (QuotaExceededError, the DOMException
  // IndexedDB raises when the origin's quota is used up).
  await page.addInitScript(() => {
    const put = Reflect.get(IDBObjectStore.prototype, 'put') as (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) => IDBRequest<IDBValidKey>;
    let chunks = 0;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === 'recordingChunks' && ++chunks > 2) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
  });
  const id = await startRecordedInterview(page);
  await expect(page.getByText(/This device's storage is full, so the recording stopped at 00:0\d\. The interview goes on/)).toBeVisible({ timeout: 30_000 });

  const captions = page.getByRole('region', { name: 'Captions' });
  await expect(captions).toContainText(Q2, { timeout: 30_000 });
  await answerByTyping(page, TYPED_2);
  await expect(captions).toContainText(Q3, { timeout: 20_000 });
  await answerByTyping(page, TYPED_3);
  await page.waitForURL(`**/report/${encodeURIComponent(id)}`, { timeout: 30_000 });

  const stored = await readStoredRecording(page, id);
  expect(stored.chunkSizes).toHaveLength(2);
  expect(stored.info).toMatchObject({ state: 'stopped', stoppedBecause: 'quota' });
  const recording = page.getByRole('region', { name: 'Recording' });
  await expect(recording.getByText(/The recording stopped at 00:0\d because this device's storage was full\./)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Transcript' })).toContainText(TYPED_3);
});
