import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright/test';
import { DOCX_MIME, docxBytes, passwordProtectedPdf, scannedPdf } from './fixtures/pdf/bad-documents.ts';
import { SINGLE_COLUMN_CV, singleColumnCv } from './fixtures/pdf/cv-documents.ts';
import { expect, test } from './support/fixtures.ts';
import { SCREENSHOTS } from './support/screenshots.ts';

// The setup screen, driven as a person would: by labels, roles and the keyboard. The back end is
// the real token server with fake Gemini and Tavus (so /api/health offers the avatar).
// E2E_STATIC_DIR points the server at another build of the SPA than dist/web, if set.

const staticEnv: Record<string, string> = process.env.E2E_STATIC_DIR ? { STATIC_DIR: process.env.E2E_STATIC_DIR } : {};
test.use({ stackOptions: { env: staticEnv } });

async function upload(page: Page, name: string, mimeType: string, bytes: Uint8Array): Promise<void> {
  await page.getByLabel('CV', { exact: true }).setInputFiles({ name, mimeType, buffer: Buffer.from(bytes) });
}

/** Opens the setup's second part (voice, length, the video interviewer, the microphone check). */
async function openMore(page: Page): Promise<void> {
  const more = page.locator('details.more-options');
  if ((await more.getAttribute('open')) === null) await page.getByText('Interviewer, microphone and more').click();
}

async function fillBasics(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByLabel('Topic').fill('Python backend');
  await page.getByRole('radio', { name: /^Advanced/ }).check();
}

test('reads a PDF CV, lets the candidate edit it, previews the prompt and starts the interview', async ({ page }) => {
  await fillBasics(page);
  await upload(page, 'amara-cv.pdf', 'application/pdf', await singleColumnCv());
  const cvText = page.getByLabel('CV text', { exact: true });
  await expect(cvText).toHaveValue(new RegExp(SINGLE_COLUMN_CV.summary.slice(0, 60)));
  await expect(page.getByText(/^1 page · \d+ words$/)).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Read “amara-cv.pdf”' })).toBeVisible();

  await cvText.fill(`${await cvText.inputValue()}\nI also volunteer as a code-club mentor.`);
  await page.getByLabel('Job title').fill('Senior backend engineer');
  await page.getByLabel('Job description', { exact: true }).fill('Own the ledger service.');
  await openMore(page);
  await page.getByLabel('Voice', { exact: true }).selectOption('Kore');
  await page.getByRole('radio', { name: '30 minutes' }).check();
  await expect(page.getByRole('radio', { name: /^Video interviewer/ })).toBeVisible();

  await page.getByText('What the interviewer will see').click();
  const prompt = page.getByLabel('Interviewer instructions');
  await expect(prompt).toContainText('I also volunteer as a code-club mentor.');
  await expect(prompt).toContainText('<<<BEGIN TOPIC>>>\nPython backend');
  await expect(prompt).toContainText('- Level: Advanced.');
  await expect(prompt).toContainText('Own the ledger service.');

  await page.getByRole('button', { name: 'Start interview' }).click();
  await expect(page).toHaveURL(/\/interview\/[0-9a-f-]{36}$/);
  const id = page.url().split('/').pop() ?? '';
  const stored = await page.evaluate((key) => sessionStorage.getItem(key), `mockingbird:setup:${id}`);
  expect(JSON.parse(stored ?? '{}')).toMatchObject({
    topic: 'Python backend',
    level: 'Advanced',
    voice: 'Kore',
    lengthMinutes: 30,
    jobDescription: { title: 'Senior backend engineer', text: 'Own the ledger service.' },
    cvText: expect.stringContaining('code-club mentor'),
  });
});

test('explains files it cannot read and keeps what was typed', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Topic').fill('Leadership');
  await upload(page, 'cv.docx', DOCX_MIME, docxBytes());
  await expect(page.getByText(/Save it as PDF/)).toBeVisible();
  await expect(page.getByLabel('CV', { exact: true })).toHaveAccessibleDescription(/Save it as PDF/);

  await upload(page, 'locked.pdf', 'application/pdf', await passwordProtectedPdf());
  await expect(page.getByText(/protected by a password/)).toBeVisible();
  await upload(page, 'scan.pdf', 'application/pdf', await scannedPdf());
  await expect(page.getByText(/looks like a scanned image/)).toBeVisible();
  await expect(page.getByLabel('Topic')).toHaveValue('Leadership');
});

test('points at the missing topic when Start is pressed from the keyboard', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Start interview' }).focus();
  await page.keyboard.press('Enter');
  const topic = page.getByLabel('Topic');
  await expect(topic).toBeFocused();
  await expect(topic).toHaveAttribute('aria-invalid', 'true');
  await expect(topic).toHaveAccessibleDescription(/Enter a topic to practise/);
  await page.keyboard.type('Digital marketing for startups');
  await expect(topic).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page).toHaveURL(/\/$/);
});

test('plays a sample of the chosen voice, made by the Live model, from the keyboard', async ({ page, stack }) => {
  await page.goto('/');
  await openMore(page);
  await page.locator('#setup-voice').selectOption('Kore');
  const hear = page.getByRole('button', { name: 'Hear a sample' });
  await hear.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Playing Kore.' })).toBeVisible({ timeout: 20_000 });
  // The <audio> element got a real WAV: its length is known and it plays.
  const audio = page.locator('audio.voice-sample-audio');
  await expect.poll(() => audio.evaluate((a: HTMLAudioElement) => a.duration), { timeout: 10_000 }).toBeGreaterThan(1);
  await expect
    .poll(() => audio.evaluate((a: HTMLAudioElement) => a.currentTime), { timeout: 10_000 })
    .toBeGreaterThan(0);
  // Made by a Live session of the server's own, in the chosen voice.
  const setup = stack.gemini.control.latestConversation().setups[0]?.effective as { generationConfig?: unknown };
  expect(setup.generationConfig).toMatchObject({
    responseModalities: ['AUDIO'],
    speechConfig: { voiceConfig: { prebuiltVoiceConfig: { voiceName: 'Kore' } } },
  });
  await expect(page.getByRole('button', { name: 'Hear a sample' })).toBeVisible({ timeout: 15_000 });
  expect((await new AxeBuilder({ page }).include('.voice-sample').analyze()).violations).toEqual([]);
});

test.describe('when the server has no avatar configured', () => {
  test.use({ stackOptions: { withoutTavus: true, env: staticEnv } });

  test('does not offer the avatar, and says why where the choice would be', async ({ page }) => {
    const health = page.waitForResponse((res) => res.url().endsWith('/api/health'));
    await page.goto('/');
    expect(await (await health).json()).toMatchObject({
      features: { avatar: { ok: false, reason: 'not_configured' } },
    });
    // Give the page a frame to render what the answer changed.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    await openMore(page);
    await expect(page.getByRole('radio', { name: /^Video interviewer/ })).toHaveCount(0);
    await expect(page.locator('.avatar-off')).toContainText(
      'Voice only: The video interviewer is off on this server: it has no key for this service.',
    );
  });
});

test('checks the microphone with a live level and a device picker', async ({ page }) => {
  await page.goto('/');
  await openMore(page);
  await page.getByRole('button', { name: 'Check my microphone' }).click();
  await expect(page.getByRole('meter', { name: 'Input level' })).toBeVisible();
  await expect(page.getByLabel('Microphone', { exact: true })).toBeVisible();
  await expect(page.getByText('We can hear you. Your microphone works.')).toBeVisible();
  await page.getByRole('button', { name: 'Stop the check' }).click();
  await expect(page.getByRole('meter')).toHaveCount(0);
});

test('fits a laptop screen with Start in view, keeps the rest in a panel that remembers being open, and asks before Enter starts', async ({
  page,
  stack,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await expect(page.getByLabel('Topic')).toBeInViewport();
  await expect(page.getByLabel('Job description', { exact: true })).toBeInViewport();
  await expect(page.getByRole('button', { name: 'Start interview' })).toBeInViewport();
  await expect(page.getByLabel('Voice', { exact: true })).toBeHidden();
  await expect(page.getByText(/Puck voice · English/)).toBeVisible();

  await page.getByText('Interviewer, microphone and more').click();
  await expect(page.getByLabel('Voice', { exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Voice', { exact: true })).toBeVisible();

  await page.getByLabel('Topic').fill('Python backend');
  await page.getByLabel('Topic').press('Enter');
  const confirm = page.getByRole('dialog', { name: 'Start the interview now?' });
  await expect(confirm).toBeVisible();
  await confirm.getByRole('button', { name: 'Not yet' }).click();
  await expect(page).toHaveURL(/\/$/);
  expect(stack.gemini.control.tokens).toHaveLength(0);
  await page.getByLabel('Topic').press('Enter');
  await confirm.getByRole('button', { name: 'Start interview' }).click();
  await expect(page).toHaveURL(/\/interview\//);
});

test('has no accessibility violations, empty or filled in', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const scan = () =>
    new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  expect((await scan()).violations).toEqual([]);
  await fillBasics(page);
  await upload(page, 'cv.docx', DOCX_MIME, docxBytes());
  await upload(page, 'amara-cv.pdf', 'application/pdf', await singleColumnCv());
  await expect(page.getByLabel('CV text', { exact: true })).toBeVisible();
  await openMore(page);
  await page.getByText('What the interviewer will see').click();
  expect((await scan()).violations).toEqual([]);
  await page.getByLabel('Topic').press('Enter');
  await expect(page.getByRole('dialog', { name: 'Start the interview now?' })).toBeVisible();
  expect((await scan()).violations).toEqual([]);
});

for (const [name, viewport] of [
  ['desktop', { width: 1280, height: 800 }],
  ['phone', { width: 390, height: 844 }],
] as const) {
  test(`looks right at ${name} width`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await fillBasics(page);
    await upload(page, 'amara-cv.pdf', 'application/pdf', await singleColumnCv());
    await expect(page.getByLabel('CV text', { exact: true })).toBeVisible();
    await openMore(page);
    await expect(page.getByRole('radio', { name: /^Video interviewer/ })).toBeVisible();
    await page.getByRole('button', { name: 'Check my microphone' }).click();
    await expect(page.getByText('We can hear you. Your microphone works.')).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${SCREENSHOTS}setup-${name}.png`, fullPage: true });
  });
}
