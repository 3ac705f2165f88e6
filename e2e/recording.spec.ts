import { AxeBuilder } from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright/test';
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
// Long enough together (over the 60-word evidence floor) for a report with scores and per-question notes.
const TYPED_2 =
  'A slow report query was timing out every Monday morning, so I profiled it, found a sequential scan on the orders table, and added the missing index, which cut it from forty seconds to under one.';
const TYPED_3 =
  'I would add monitoring on query latency and alert on the slowest percentile, so the next slow query is caught before the problem reached users and their reports.';
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
  await expect(
    startButton.or(page.getByText(/Getting your interview ready|Captions|could not start/).first()),
  ).toBeVisible();
  if (await startButton.isVisible()) await startButton.click();
  return decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');
}

/**
 * Question by question, from the fake model's turn numbers (it names each answered interviewer
 * turn and the candidate turns after it): the candidate's own words quoted from the stored
 * transcript, what worked and what was missing, the example labelled as one, a link that moves
 * focus to the question's line, and a play button for the recorded answer.
 */
async function expectPerQuestion(
  page: Page,
  audio: Locator,
  turnOffsets: readonly { offsetMs: number }[],
): Promise<void> {
  const section = page.getByRole('region', { name: 'Question by question' });
  const notes = section.locator('.question-notes > li');
  await expect(notes).toHaveCount(2);
  const second = notes.nth(1);
  await expect(second.locator('blockquote.own-answer')).toHaveText(TYPED_2);
  await expect(notes.nth(0).locator('blockquote.own-answer')).toHaveText(HEARD);
  await expect(second.getByText('What worked:')).toBeVisible();
  await expect(second.getByText('What was missing:')).toBeVisible();
  await expect(second.getByText(/^Example of a stronger answer/)).toBeVisible();
  await expect(second.locator('blockquote.example-answer')).not.toBeEmpty();

  await second.getByRole('link', { name: 'See it in the transcript' }).click();
  const q2Line = page.getByRole('region', { name: 'Transcript' }).getByRole('listitem').filter({ hasText: Q2 });
  await expect(q2Line).toBeFocused();
  await expect(q2Line).toBeInViewport();

  await second.getByRole('button', { name: /^Play your answer to: / }).click();
  const answerStart = turnOffsets[3]!.offsetMs;
  await expect
    .poll(() => audio.evaluate((a: HTMLAudioElement) => a.currentTime * 1000), { timeout: 5000 })
    .toBeGreaterThanOrEqual(answerStart - 50);
  await expect(
    page.getByRole('region', { name: 'Transcript' }).getByRole('listitem').filter({ hasText: TYPED_2 }),
  ).toHaveAttribute('aria-current', 'true');
  await expect.poll(() => audio.evaluate((a: HTMLAudioElement) => a.paused), { timeout: 30_000 }).toBe(true);

  const markdown = await downloadedText(page, 'Download transcript (Markdown)');
  expect(markdown).toContain('## Question by question');
  expect(markdown).toContain(`Your answer:\n\n> ${TYPED_2}`);
  expect(markdown).toMatch(/Example of a stronger answer \(an example[^\n]*\n\n> \S/);
}

async function downloadedText(page: Page, button: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return readFile(await file.path(), 'utf8');
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
  await expect
    .poll(async () => (await readStoredRecording(page, id)).chunkSizes.length, { timeout: 10_000 })
    .toBeGreaterThan(1);
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
  await expect
    .poll(() => audio.evaluate((a: HTMLAudioElement) => a.duration), { timeout: 10_000 })
    .toBeLessThan(Infinity);
  const duration = await audio.evaluate((a: HTMLAudioElement) => a.duration);
  expect(Math.abs(duration * 1000 - stored.info!.durationMs)).toBeLessThan(3000);

  // A line of the transcript seeks the player there and is highlighted while it is heard.
  const transcript = page.getByRole('region', { name: 'Transcript' });
  const q3Line = transcript.getByRole('listitem').filter({ hasText: Q3 });
  await q3Line.locator('.turn-text').click();
  const q3Offset = stored.info!.turnOffsets[4]!.offsetMs;
  await expect
    .poll(() => audio.evaluate((a: HTMLAudioElement) => a.currentTime * 1000), { timeout: 5000 })
    .toBeGreaterThanOrEqual(q3Offset - 50);
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

  await expectPerQuestion(page, audio, stored.info!.turnOffsets);

  const download = recording.getByRole('button', { name: /^Download recording \(\d+(\.\d)? (KB|MB)\)$/ });
  const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
  expect(file.suggestedFilename()).toMatch(/^mockingbird-python-backend-\d{4}-\d{2}-\d{2}\.webm$/);
  const bytes = await readFile(await file.path());
  expect(bytes.length).toBe(stored.info?.bytes);
  expect(bytes.subarray(0, 4).toString('hex')).toBe('1a45dfa3'); // the EBML (WebM) signature

  const scan = await new AxeBuilder({ page })
    .include('.replay')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(scan.violations.map((v) => v.id)).toEqual([]);
  expect(pageErrors).toEqual([]);
});

test('a full disk stops the recording with a sentence while the interview goes on to its report', async ({ page }) => {
  test.setTimeout(150_000);
  // The browser refuses the third chunk as a full disk would (QuotaExceededError, the DOMException
  // IndexedDB raises when the origin's quota is used up).
  await page.addInitScript(() => {
    const put = Reflect.get(IDBObjectStore.prototype, 'put') as (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) => IDBRequest<IDBValidKey>;
    let chunks = 0;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === 'recordingChunks' && ++chunks > 2)
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
  });
  const id = await startRecordedInterview(page);
  await expect(
    page.getByText(/This device's storage is full, so the recording stopped at 00:0\d\. The interview goes on/),
  ).toBeVisible({ timeout: 30_000 });

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
  await expect(
    recording.getByText(/The recording stopped at 00:0\d because this device's storage was full\./),
  ).toBeVisible();
  await expect(page.getByRole('region', { name: 'Transcript' })).toContainText(TYPED_3);
});
