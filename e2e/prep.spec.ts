import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright/test';
import { SINGLE_COLUMN_CV } from './fixtures/pdf/cv-documents.ts';
import type { GenerateRequest } from './fakes/gemini/state.ts';
import { CV_PACK, CV_PACK_INTERVIEW_ORDER, CV_PACK_QUESTIONS, TOPIC_ONLY_PACK } from './prep/fixed-packs.ts';
import {
  downloadedMarkdown,
  fillSetupWithCv,
  openedRoom,
  printedPages,
  storedPracticeInterviewId,
} from './prep/steps.ts';
import { expect, test } from './support/fixtures.ts';
import { SCREENSHOTS } from './support/screenshots.ts';

// The preparation pack in real Chromium against the real token server and the fake Gemini: made
// from a generated CV PDF and a job description, shown, downloaded as Markdown, printed to PDF
// (checked with pdf.js), opened again with the server unreachable, and practised in a live
// interview whose prompt carries its questions. E2E_STATIC_DIR may point at another build.

const staticEnv: Record<string, string> = process.env.E2E_STATIC_DIR ? { STATIC_DIR: process.env.E2E_STATIC_DIR } : {};
// The fake never hears Chromium's test tone as speech.
test.use({ stackOptions: { env: staticEnv, gemini: { pace: 'instant', voiceActivity: { threshold: 2 } } } });

const VIEWPORTS = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } } as const;

const axe = (page: Page) =>
  new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
const promptOf = (req: GenerateRequest | undefined) => JSON.stringify(req?.body.contents ?? '');

async function screenshots(page: Page, name: string): Promise<void> {
  for (const [size, viewport] of Object.entries(VIEWPORTS)) {
    await page.setViewportSize(viewport);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${SCREENSHOTS}${name}-${size}.png`, fullPage: true });
  }
  await page.setViewportSize(VIEWPORTS.desktop);
}

test('a CV and a job description give a pack that shows its questions by group', async ({ page, stack }) => {
  const control = stack.gemini.control;
  control.setReportText(() => JSON.stringify(CV_PACK));
  await page.setViewportSize(VIEWPORTS.desktop);
  await fillSetupWithCv(page);
  await page.getByRole('button', { name: 'Prepare' }).click();
  await page.waitForURL(/\/prep\/[0-9a-f-]{36}$/);

  // The model was given the CV read from the PDF and the job, as fenced data.
  const sent = promptOf(control.generateRequests.at(-1));
  for (const fact of [SINGLE_COLUMN_CV.name, 'Lumen Pay', 'Senior Backend Engineer', 'Own the card-issuing ledger'])
    expect(sent).toContain(fact);

  await expect(page.getByRole('heading', { level: 1, name: 'Payments backend' })).toBeVisible();
  for (const question of CV_PACK_QUESTIONS) await expect(page.getByText(question, { exact: true })).toBeVisible();
  // The question groups, then the pack's one STAR story (answer material).
  await expect(page.getByRole('heading', { level: 3 })).toHaveText([
    'About your CV',
    'About the role',
    'Technical and domain',
    'Behavioural',
    'The failing reconciliation',
  ]);
  await expect(page.getByRole('heading', { level: 2, name: '“Tell me about yourself”: an outline' })).toBeVisible();
  await expect(page.getByRole('article', { name: 'The failing reconciliation' })).toContainText(
    CV_PACK.stories[0]?.result ?? 'the pack has a story',
  );
  await expect(page.getByRole('listitem').filter({ hasText: CV_PACK_INTERVIEW_ORDER[0] })).toContainText(
    'From your CV: Led the ledger migration',
  );
  await expect(page.getByRole('heading', { name: 'What would sharpen this pack' })).toHaveCount(0);
  expect((await axe(page)).violations).toEqual([]);
  await screenshots(page, 'prep');
});

test('the pack downloads as Markdown, prints to one or two pages, opens offline and is practised', async ({
  page,
  stack,
}) => {
  test.setTimeout(90_000);
  const control = stack.gemini.control;
  control.setReportText(() => JSON.stringify(CV_PACK));
  await fillSetupWithCv(page);
  await page.getByRole('button', { name: 'Prepare' }).click();
  await page.waitForURL(/\/prep\/[0-9a-f-]{36}$/);
  const packId = page.url().split('/').pop() ?? '';

  const markdown = await downloadedMarkdown(page);
  expect(markdown.name).toMatch(/^mockingbird-prep-payments-backend-\d{4}-\d{2}-\d{2}\.md$/);
  CV_PACK_INTERVIEW_ORDER.forEach((question, i) => expect(markdown.text).toContain(`${i + 1}. **${question}**`));

  const pages = await printedPages(page, `${SCREENSHOTS}prep-print.png`);
  const printed = pages.join(' ');
  for (const item of [...CV_PACK_QUESTIONS, ...CV_PACK.questionsToAsk, CV_PACK.gaps[0]!.angle])
    expect(printed).toContain(item);
  for (const chrome of ['Practise these questions', 'Download', 'Settings']) expect(printed).not.toContain(chrome);
  expect(pages.length).toBeLessThanOrEqual(2);

  // Made once, it opens from this device with the server out of reach.
  await page.route('**/api/**', (route) => route.abort('connectionrefused'));
  await page.reload();
  await expect(page.getByText(CV_PACK_QUESTIONS[0]!, { exact: true })).toBeVisible();
  await page.unroute('**/api/**');

  // Practise: the live interview's prompt carries every question, in interview order.
  await page.getByRole('button', { name: 'Practise these questions' }).click();
  await page.waitForURL(/\/interview\/[0-9a-f-]{36}$/);
  const interviewId = page.url().split('/').pop();
  await openedRoom(page);
  await control.waitFor('setup', 1, 20_000);
  const instruction = JSON.stringify(control.latestConversation().setups[0]?.setup.systemInstruction ?? '');
  const positions = CV_PACK_INTERVIEW_ORDER.map((question) => instruction.indexOf(`- ${question}`));
  expect(positions.every((at) => at > 0)).toBe(true);
  expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  expect(instruction).toContain('Lumen Pay');

  // The pack remembers the interview that practised it.
  await page.goto(`/prep/${packId}`);
  expect(await storedPracticeInterviewId(page, packId)).toBe(interviewId);
});

test('a topic alone gets a pack that says what would sharpen it, after a failed first try', async ({ page, stack }) => {
  const control = stack.gemini.control;
  control.setReportText(() => JSON.stringify(TOPIC_ONLY_PACK));
  control.failHttp('generateContent', 'http-500', 1);

  await page.goto('/');
  await page.getByLabel('Topic').fill('Leadership');
  await page.getByRole('button', { name: 'Prepare' }).click();
  const status = page.getByRole('status').filter({ hasText: 'preparation pack' });
  await expect(status).toHaveText(
    'The preparation pack could not be written. Gemini could not complete the request. Please try again in a moment.',
  );
  expect((await axe(page)).violations).toEqual([]);
  for (const [size, viewport] of Object.entries(VIEWPORTS)) {
    await page.setViewportSize(viewport);
    await page.getByRole('button', { name: 'Try again' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENSHOTS}prep-setup-error-${size}.png` });
  }
  expect(promptOf(control.generateRequests[0])).toContain('CV: none given.');

  await page.getByRole('button', { name: 'Try again' }).click();
  await page.waitForURL(/\/prep\//);
  const sharpen = page.getByRole('complementary', { name: 'What would sharpen this pack' });
  await expect(sharpen).toContainText('Add your CV');
  await expect(sharpen).toContainText('Add the job description');
  await expect(page.getByRole('heading', { level: 3, name: 'About your CV' })).toHaveCount(0);
  await expect(page.getByText('the topic only', { exact: true })).toBeVisible();
});

test('Prepare points at a missing topic, shows its progress and can be cancelled', async ({ page, stack }) => {
  const control = stack.gemini.control;
  await page.goto('/');
  await page.getByRole('button', { name: 'Prepare' }).click();
  await expect(page.getByLabel('Topic')).toBeFocused();
  expect(control.count('generateContent')).toBe(0);

  control.failHttp('generateContent', 'hang', 1);
  await page.getByLabel('Topic').fill('Leadership');
  const prepare = page.getByRole('button', { name: /^Prepar/ });
  await prepare.click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Writing your preparation pack from your topic… ' }),
  ).toBeVisible();
  await expect(prepare).toHaveText('Preparing…');
  await expect(prepare).toHaveAttribute('aria-busy', 'true');
  await expect(prepare).toHaveAttribute('aria-disabled', 'true');
  await prepare.dispatchEvent('click'); // a second press while writing sends nothing more
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(prepare).toHaveText('Prepare');
  await expect(page.getByRole('status').filter({ hasText: 'preparation pack' })).toHaveCount(0);
  expect(control.count('generateContent')).toBe(1);
  await expect(page).toHaveURL(/\/$/);
});
