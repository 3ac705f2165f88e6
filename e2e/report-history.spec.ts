import { AxeBuilder } from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright/test';
import { DERIVED_OVERALL, FIXED_REPORT, GENUINE_QUOTE, INVENTED_QUOTE } from './report-history/fixed-report.ts';
import { ANSWERS, answer, openRoom, QUESTIONS } from './report-history/interview-run.ts';
import { EARLIER_COUNT, earlierInterviewsBackup } from './report-history/seed-backup.ts';
import { expect, test } from './support/fixtures.ts';
import { SCREENSHOTS } from './support/screenshots.ts';

// The report and history screens in real Chromium: an interview completed against the fake
// Gemini (typed answers), its report with checked quotes and local speaking stats, both
// transcript downloads, history with its chart, export / delete all / import, and an interview
// cut off by a reload that still gets a report. E2E_STATIC_DIR may point at another build.

const staticEnv: Record<string, string> = process.env.E2E_STATIC_DIR ? { STATIC_DIR: process.env.E2E_STATIC_DIR } : {};
// The fake never hears Chromium's test tone as speech: every answer is typed.
test.use({ stackOptions: { env: staticEnv, gemini: { pace: 'instant', voiceActivity: { threshold: 2 } } } });

const VIEWPORTS = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } } as const;
const axe = (page: Page) =>
  new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();

async function downloaded(page: Page, button: string): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
}

async function importFile(page: Page, name: string, text: string): Promise<void> {
  await page
    .getByLabel('Import a backup')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

async function screenshots(page: Page, name: string): Promise<void> {
  // No hover or focus ring left over from the last click.
  await page.mouse.move(0, 0);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  for (const [size, viewport] of Object.entries(VIEWPORTS)) {
    await page.setViewportSize(viewport);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${SCREENSHOTS}${name}-${size}.png`, fullPage: name === 'history' });
  }
  await page.setViewportSize(VIEWPORTS.desktop);
}

const historyItems = (page: Page) =>
  page
    .getByRole('list')
    .filter({ has: page.locator('.history-item') })
    .getByRole('listitem');

test('a finished interview gets a checked report, downloads, and survives export, delete all and import', async ({
  page,
  stack,
}) => {
  test.setTimeout(120_000);
  stack.gemini.control.setReportText(() => JSON.stringify(FIXED_REPORT));
  await page.setViewportSize(VIEWPORTS.desktop);

  await page.goto('/history');
  await expect(page.getByRole('heading', { name: 'No interviews yet' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Start your first interview' })).toHaveAttribute('href', '/');
  await importFile(page, 'earlier.json', earlierInterviewsBackup(Date.now()));
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toHaveText(
    `Imported ${EARLIER_COUNT} interviews and 0 prep packs.`,
  );

  await openRoom(page, 'e2e-report-1');
  for (const index of [0, 1, 2] as const) await answer(page, index);
  await page.waitForURL('**/report/e2e-report-1', { timeout: 30_000 });

  await expect(page.getByRole('heading', { level: 1, name: 'Python backend' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'left out' })).toHaveText(
    /One quote from the report did not match your words/,
  );
  await expect(page.locator('.score-number')).toHaveText(DERIVED_OVERALL);
  const communication = page.getByRole('article', { name: 'Communication' });
  await expect(communication.locator('blockquote')).toHaveText([GENUINE_QUOTE]);
  await expect(page.getByText(INVENTED_QUOTE)).toHaveCount(0);
  await expect(page.getByText('Try saying it like this')).toBeVisible();
  const answersTable = page.getByRole('table', { name: 'Each answer' });
  await expect(answersTable.getByRole('row')).toHaveCount(4);
  // Typed answers have no speaking time: no pace, no fillers (the "um" typed in answer 2 is not
  // speech); they are counted on their own.
  await expect(
    page.getByRole('definition').filter({ hasText: 'Your answers were typed, so there is no pace' }),
  ).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: 'No spoken answers to count' })).toBeVisible();
  await expect(
    page.getByRole('definition').filter({ hasText: /^\d+ words, kept out of pace and pauses$/ }),
  ).toBeVisible();
  await expect(page.getByRole('region', { name: 'Transcript' })).toContainText(ANSWERS[1]);
  expect((await axe(page)).violations).toEqual([]);

  const markdown = await downloaded(page, 'Download transcript (Markdown)');
  expect(markdown.name).toMatch(/^mockingbird-python-backend-\d{4}-\d{2}-\d{2}\.md$/);
  expect(markdown.text).toContain('# Mock interview: Python backend');
  // The per-question feedback travels with the transcript.
  expect(markdown.text).toContain('## Question by question');
  for (const text of ANSWERS) expect(markdown.text).toContain(`: ${text}`);
  expect(markdown.text.match(/\*\*Candidate\*\* \(\d\d:\d\d, typed\)/g)).toHaveLength(ANSWERS.length);
  expect(markdown.text).toContain('## How you spoke');
  expect(markdown.text).toContain(`- Typed answers: ${ANSWERS.length} (`);
  const json = await downloaded(page, 'Download transcript (JSON)');
  const transcript = JSON.parse(json.text) as { format: string; turns: { role: string; text: string }[] };
  expect(transcript.format).toBe('mockingbird-transcript');
  expect(transcript.turns.filter((t) => t.role === 'candidate').map((t) => t.text)).toEqual([...ANSWERS]);
  await screenshots(page, 'report');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Practise again' })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Transcript' })).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  await page.getByRole('link', { name: 'History' }).click();
  await expect(historyItems(page)).toHaveCount(EARLIER_COUNT + 1);
  await expect(historyItems(page).first()).toContainText('Python backend');
  await expect(historyItems(page).first()).toContainText(`${DERIVED_OVERALL}/100`);
  const trends = page.getByRole('region', { name: 'Your progress over time' });
  await expect(
    trends.getByRole('img', {
      name: new RegExp(
        `^Overall score \\(out of 100\\)\\. Overall: from \\d+ to ${DERIVED_OVERALL} over \\d+ interviews\\.$`,
      ),
    }),
  ).toBeVisible();
  await expect(trends.getByRole('img', { name: /^Scores by criterion/ })).toBeVisible();
  // Pace comes from the voiced spans the earlier interviews stored; the typed one adds no point.
  await expect(
    trends.getByRole('img', { name: 'Words per minute. Words per minute: from 110 to 145 over 5 interviews.' }),
  ).toBeVisible();
  await expect(trends.locator('canvas')).not.toHaveCount(0);
  await trends.getByText('Show the figures as a table').click();
  await expect(trends.getByRole('table').getByRole('row').last()).toContainText('Python backend');
  expect((await axe(page)).violations).toEqual([]);
  await screenshots(page, 'history');

  const backup = await downloaded(page, 'Export all data');
  expect(backup.name).toMatch(/^mockingbird-backup-\d{4}-\d{2}-\d{2}\.json$/);

  await historyItems(page)
    .first()
    .getByRole('button', { name: /^Delete the interview “Python backend”/ })
    .click();
  await expect(historyItems(page)).toHaveCount(EARLIER_COUNT);
  await expect(page.getByRole('button', { name: /^Undo/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(historyItems(page)).toHaveCount(EARLIER_COUNT + 1);

  await page.getByRole('button', { name: 'Delete all interviews' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete every interview?' });
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Delete all interviews' }).click();
  await expect(page.getByRole('heading', { name: 'No interviews yet' })).toBeVisible();

  await importFile(page, 'not-a-backup.json', '{"hello":"world"}');
  await expect(page.getByRole('status').filter({ hasText: 'Nothing was imported' })).toContainText(
    'not a Mockingbird backup',
  );
  await importFile(page, backup.name, backup.text);
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toHaveText(
    `Imported ${EARLIER_COUNT + 1} interviews and 0 prep packs.`,
  );
  await expect(historyItems(page)).toHaveCount(EARLIER_COUNT + 1);
  await historyItems(page).first().getByRole('link', { name: 'Python backend' }).click();
  await expect(page.getByRole('article', { name: 'Communication' }).locator('blockquote')).toHaveText([GENUINE_QUOTE]);
  await expect(page.getByRole('table', { name: 'Each answer' }).getByRole('row')).toHaveCount(4);
  expect(stack.gemini.control.generateRequests).toHaveLength(1);

  // The drill opens a short review first: what will be asked and the mic check, before the microphone opens.
  await page.getByRole('button', { name: `Drill my weakest answer: ${QUESTIONS[1]}` }).click();
  const review = page.getByRole('dialog', { name: 'Before you start' });
  await expect(review.getByRole('listitem')).toHaveText([QUESTIONS[1]]);
  await expect(review.getByRole('button', { name: 'Check my microphone' })).toBeVisible();
  await expect(page).toHaveURL(/\/report\//);
  const conversationsBefore = stack.gemini.control.conversations.length;
  await review.getByRole('button', { name: 'Start interview' }).click();
  await expect(page).toHaveURL(/\/interview\/[0-9a-f-]{36}$/);
  const id = page.url().split('/').pop() ?? '';
  // The drill's room is live: the fake Gemini gets a new setup built around the drilled question,
  // the interviewer speaks, and the page stays on this interview (a room that ends at once would
  // move on to /report/<id>, which has no record: "Interview not found").
  await expect.poll(() => stack.gemini.control.conversations.length).toBe(conversationsBefore + 1);
  const instruction = JSON.stringify(
    stack.gemini.control.latestConversation().setups[0]?.setup.systemInstruction ?? '',
  );
  expect(instruction).toContain(QUESTIONS[1]);
  await expect(page.getByRole('region', { name: 'Captions' })).toContainText(QUESTIONS[0], { timeout: 20_000 });
  await expect(page.getByRole('status').filter({ hasText: 'Interviewer:' })).toHaveText(
    /Interviewer: (Speaking|Listening)/,
  );
  await expect(page.getByRole('button', { name: 'End interview' })).toBeEnabled();
  await expect(page).toHaveURL(new RegExp(`/interview/${id}$`));
  // Only its end moves on, to its own report, which exists.
  await page.getByRole('button', { name: 'End interview' }).click();
  await page
    .getByRole('dialog', { name: 'End the interview now?' })
    .getByRole('button', { name: 'End interview' })
    .click();
  await expect(page).toHaveURL(new RegExp(`/report/${id}$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Drill (Python backend)');
  await expect(page.getByRole('heading', { name: 'Interview not found' })).toHaveCount(0);
  const drill = await page.evaluate(
    (key) => JSON.parse(sessionStorage.getItem(key) ?? '{}') as { topic?: string; lengthMinutes?: number },
    `mockingbird:setup:${id}`,
  );
  expect(drill).toMatchObject({ topic: `Drill (Python backend): ${QUESTIONS[1]}`, lengthMinutes: 10 });
});

test('an interview cut off by a reload shows as unfinished with its turns and can still get a report', async ({
  page,
  stack,
}) => {
  test.setTimeout(90_000);
  stack.gemini.control.setReportText(() => JSON.stringify(FIXED_REPORT));
  await openRoom(page, 'e2e-cut-off');
  // Two answers: enough to judge (evidence-floor.ts); one would get "Not enough to judge".
  await answer(page, 0);
  await answer(page, 1);
  await expect(page.getByRole('region', { name: 'Captions' })).toContainText(QUESTIONS[2], { timeout: 20_000 });
  await page.reload();
  await page.goto('/history');

  const item = historyItems(page).first();
  await expect(item).toContainText('Unfinished');
  await expect(item).toContainText('No report yet');
  await item.getByRole('link', { name: 'Python backend' }).click();
  await expect(page.getByText('Unfinished', { exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Transcript' })).toContainText(ANSWERS[0]);
  expect(stack.gemini.control.generateRequests).toHaveLength(0);
  await page.getByRole('button', { name: 'Write the report' }).click();
  // Only the first answer was given before the reload: the structure quote (answer 3) is not in
  // the transcript, so structure has no evidence and the overall is 20 × 4 = 80.
  await expect(page.locator('.score-number')).toHaveText('80');
  expect(stack.gemini.control.generateRequests).toHaveLength(1);
});

test('an interview another tab holds shows as in progress, and as unfinished once that tab closes', async ({
  page,
  context,
}) => {
  test.setTimeout(60_000);
  await openRoom(page, 'e2e-other-tab');
  await answer(page, 0);
  await expect(page.getByRole('region', { name: 'Captions' })).toContainText(QUESTIONS[1], { timeout: 20_000 });
  // A second tab asks for the room's Web Lock (web/src/services/storage/recovery.ts), as a tab
  // resuming this interview would: it is handed over as the room's page unloads, so some page
  // holds the interview the whole time History is open.
  const otherTab = await context.newPage();
  await otherTab.goto('/');
  await otherTab.evaluate((name) => {
    void navigator.locks.request(name, () => new Promise<void>(() => undefined));
  }, 'mockingbird-live-interview:e2e-other-tab');
  await page.goto('/history');
  await expect
    .poll(() => otherTab.evaluate(async () => (await navigator.locks.query()).held?.map((lock) => lock.name) ?? []))
    .toEqual(['mockingbird-live-interview:e2e-other-tab']);

  const item = historyItems(page).first();
  await expect(item).toContainText('In progress');
  await otherTab.close();
  await expect(item).toContainText('Unfinished');
  await expect(item).toContainText('No report yet');
});

test('settings keep the own Gemini key masked in this browser, and clear all data wipes everything', async ({
  page,
}) => {
  await page.goto('/history');
  await importFile(page, 'earlier.json', earlierInterviewsBackup(Date.now()));
  await expect(historyItems(page)).toHaveCount(EARLIER_COUNT);

  await page.getByRole('link', { name: 'Settings' }).click();
  const key = page.getByLabel('Gemini API key (stored only in this browser)');
  await expect(key).toHaveAttribute('type', 'password');
  await key.fill('AIzaSyE2E-not-a-real-key-000000');
  await page.getByRole('button', { name: 'Show key' }).click();
  await expect(key).toHaveAttribute('type', 'text');
  await page.getByRole('button', { name: 'Save key' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toContainText(
    'straight to Gemini with your own key',
  );
  const saved = await page.evaluate(() => localStorage.getItem('mockingbird:settings:v1'));
  expect(JSON.parse(saved ?? '{}')).toMatchObject({ geminiKey: 'AIzaSyE2E-not-a-real-key-000000' });

  await page.getByLabel('Server address').fill('not a url');
  await page.getByRole('button', { name: 'Save server settings' }).click();
  await expect(page.getByText(/Enter the server address as a full web address/)).toBeVisible();
  expect((await axe(page)).violations).toEqual([]);

  await page.getByRole('button', { name: 'Clear all data' }).click();
  await page.getByRole('dialog', { name: 'Clear all data?' }).getByRole('button', { name: 'Clear everything' }).click();
  await page.waitForURL((url) => url.pathname === '/');
  expect(await page.evaluate(() => localStorage.getItem('mockingbird:settings:v1'))).toBeNull();
  await page.goto('/history');
  await expect(page.getByRole('heading', { name: 'No interviews yet' })).toBeVisible();
});
