import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright/test';
import { importFinishedInterview } from './faults/support/seeded-interview.ts';
import { answer, openRoom, QUESTIONS, SETUP } from './report-history/interview-run.ts';
import { expect, test } from './support/fixtures.ts';

// A newcomer's first minutes: what setup says when the server cannot run an interview, the way
// to an own key and back, and Settings that apply without a reload.

const staticEnv: Record<string, string> = process.env.E2E_STATIC_DIR ? { STATIC_DIR: process.env.E2E_STATIC_DIR } : {};
const OWN_KEY = 'AIza-first-minutes-own-key-0000';
const axe = (page: Page) =>
  new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();

test.describe('a server with no Gemini key', () => {
  test.use({ stackOptions: { withoutGemini: true, env: staticEnv } });

  test('says live interviews are off before anything is filled in, and leads to an own key and back', async ({
    page,
    stack,
  }) => {
    await page.goto('/');
    const notice = page.getByRole('region', { name: /Live interviews are off on this server/ });
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('Set GEMINI_API_KEY');
    const start = page.getByRole('button', { name: 'Start interview' });
    await expect(start).toBeDisabled();
    await expect(start).toHaveAccessibleDescription(/Start is off until live interviews are switched on/);
    expect((await axe(page)).violations).toEqual([]);

    // The voice sample needs live interviews too: off, with the reason beside it.
    await page.getByText('Interviewer, microphone and more').click();
    const hear = page.getByRole('button', { name: 'Hear a sample' });
    await expect(hear).toBeDisabled();
    await expect(hear).toHaveAccessibleDescription(
      'Voice samples are off on this server: it has no key for this service.',
    );
    await page.getByText('Interviewer, microphone and more').click();

    await page.getByLabel('Topic').fill('Python backend');
    await start.click({ force: true });
    await expect(page).toHaveURL(/\/$/);
    expect(stack.gemini.control.tokens).toHaveLength(0);

    await notice.getByRole('link', { name: 'add your key in Settings' }).click();
    await expect(page).toHaveURL(/\/settings\?back=setup/);
    await page.getByLabel('Gemini API key (stored only in this browser)').fill(OWN_KEY);
    await page.getByRole('button', { name: 'Save key' }).click();

    // Back on setup, with no reload: the own key is in use, so live interviews are on.
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('region', { name: /Live interviews are off/ })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Start interview' })).toBeEnabled();
  });

  test('an interview opened anyway offers the own-key way instead of a Try again that cannot work, and leaves no row in History', async ({
    page,
  }) => {
    await page.goto('/');
    await page.evaluate(() =>
      sessionStorage.setItem(
        'mockingbird:setup:never-connected',
        JSON.stringify({
          topic: 'Python backend',
          level: 'Intermediate',
          voice: 'Kore',
          languageCode: 'en-US',
          lengthMinutes: 10,
          patience: 'normal',
          avatar: false,
        }),
      ),
    );
    await page.goto('/interview/never-connected');
    const startButton = page.getByRole('button', { name: 'Start the interview' });
    const failed = page
      .getByRole('alert')
      .filter({ has: page.getByRole('heading', { name: 'Live interviews are off on this server' }) });
    await expect(startButton.or(failed)).toBeVisible();
    if (await startButton.isVisible()) await startButton.click();
    await expect(failed).toBeVisible();
    await expect(failed).toContainText('GEMINI_API_KEY');
    await expect(failed.getByRole('button', { name: 'Try again' })).toHaveCount(0);
    await expect(failed.getByRole('link', { name: 'Back to setup' })).toBeVisible();
    await failed.getByRole('link', { name: 'Use your own Gemini key in Settings' }).click();
    await expect(page).toHaveURL(/\/settings\?back=setup/);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'History' }).click();
    await expect(page.getByRole('heading', { name: 'No interviews yet' })).toBeVisible();
  });
});

test.describe('Settings', () => {
  test.use({ stackOptions: { env: staticEnv } });

  test('says Check connection was blocked by the page’s own security policy, not that the server was unreachable', async ({
    page,
  }) => {
    await page.goto('/settings');
    // Another origin than this page and the fakes: the page's connect-src does not list it.
    await page.getByLabel('Server address').fill('http://localhost:9');
    await page.getByRole('button', { name: 'Check connection' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'security policy' })).toContainText(
      'does not allow it to connect to http://localhost:9',
    );
  });
});

test.describe('reports', () => {
  test.use({ stackOptions: { env: staticEnv, gemini: { pace: 'instant', voiceActivity: { threshold: 2 } } } });

  test('an interview with one answer says there was not enough to judge: transcript and statistics, no scores, out of the chart', async ({
    page,
    stack,
  }) => {
    test.setTimeout(90_000);
    await openRoom(page, 'thin-1');
    await answer(page, 0);
    await page.getByRole('button', { name: 'End interview' }).click();
    await page
      .getByRole('dialog', { name: 'End the interview now?' })
      .getByRole('button', { name: 'End interview' })
      .click();
    await page.waitForURL('**/report/thin-1', { timeout: 30_000 });

    await expect(page.getByRole('status').filter({ hasText: 'Not enough to judge' })).toContainText(
      'You gave 1 answer of',
    );
    await expect(page.getByRole('heading', { name: 'How you spoke' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Transcript' })).toContainText('I build Python web services');
    await expect(page.getByText('Overall score')).toHaveCount(0);
    await expect(page.getByRole('heading', { name: /criterion by criterion/ })).toHaveCount(0);
    expect(stack.gemini.control.generateRequests).toHaveLength(0);
    expect((await axe(page)).violations).toEqual([]);

    await page.getByRole('link', { name: 'History' }).click();
    await expect(page.locator('.history-item').first()).toContainText('Not enough to judge');
  });

  test('an interview where nothing was said shows no empty figures and offers no empty downloads', async ({ page }) => {
    await page.goto('/history');
    const backup = {
      format: 'mockingbird-backup',
      version: 1,
      exportedAt: new Date().toISOString(),
      interviews: [
        {
          interview: {
            id: 'abandoned-1',
            setup: SETUP,
            status: 'unfinished',
            createdAt: Date.now() - 60_000,
            durationMs: 0,
          },
          turns: [],
        },
      ],
      prepPacks: [],
    };
    await page.getByLabel('Import a backup').setInputFiles({
      name: 'abandoned.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(backup)),
    });
    // The import is stored asynchronously: leaving before it says so can find no interview.
    await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toContainText('Imported 1 interview');
    await page.goto('/report/abandoned-1');
    await expect(page.getByRole('region', { name: 'Transcript' })).toContainText('Nothing was said in this interview.');
    await expect(page.getByRole('heading', { name: 'How you spoke' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /Download transcript/ })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Practise again' })).toBeVisible();
    expect((await axe(page)).violations).toEqual([]);
  });
});

test.describe('waits', () => {
  test.use({ stackOptions: { env: staticEnv, gemini: { pace: 'instant' } } });

  test('writing the report shows the time it has taken and can be cancelled, then written on request', async ({
    page,
    stack,
  }) => {
    let held = true;
    await page.route('**/api/report', async (route) => {
      // Held until the test lets go: a slow model, as a person would meet it.
      while (held) await new Promise((resolve) => setTimeout(resolve, 100));
      await route.continue().catch(() => undefined);
    });
    await importFinishedInterview(page, 'slow-report');
    await page.goto('/report/slow-report');
    await expect(page.getByRole('status').filter({ hasText: 'Writing your report' })).toBeVisible();
    await expect(page.getByRole('timer')).toHaveText(/^\d+ s$/);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'You stopped writing the report' })).toBeVisible();
    held = false;
    await page.getByRole('button', { name: 'Write the report' }).click();
    await expect(page.locator('.score-number')).toBeVisible({ timeout: 20_000 });
    expect(stack.gemini.control.generateRequests.length).toBeGreaterThanOrEqual(1);
  });

  test('connecting shows the time it has taken and a way back to setup that leaves nothing behind', async ({
    page,
    stack,
  }) => {
    stack.gemini.control.withholdSetupComplete();
    await openRoom(page, 'slow-connect');
    await expect(page.getByRole('status').filter({ hasText: 'Getting your interview ready' })).toBeVisible();
    await expect(page.getByRole('timer')).toHaveText(/^\d+ s$/);
    await page.getByRole('button', { name: 'Cancel and go back to setup' }).click();
    await expect(page).toHaveURL(/\/$/);
    await page.getByRole('link', { name: 'History' }).click();
    await expect(page.getByRole('heading', { name: 'No interviews yet' })).toBeVisible();
  });
});

test.describe('no microphone', () => {
  test.use({ stackOptions: { env: staticEnv, gemini: { pace: 'instant', voiceActivity: { threshold: 2 } } } });

  /** The browser refuses the microphone, and the page counts every request for it. */
  async function refuseMicrophone(page: Page): Promise<void> {
    await page.addInitScript(() => {
      const w = window as unknown as { micRequests: number };
      w.micRequests = 0;
      navigator.mediaDevices.getUserMedia = () => {
        w.micRequests += 1;
        return Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));
      };
    });
  }

  test('a typed interview chosen on setup never asks for the microphone, and the interviewer still speaks', async ({
    page,
    stack,
  }) => {
    await refuseMicrophone(page);
    await page.goto('/');
    await page.getByText('Interviewer, microphone and more').click();
    await page.getByRole('checkbox', { name: 'Type my answers instead (no microphone)' }).check();
    await page.getByLabel('Topic').fill('Python backend');
    await page.getByRole('button', { name: 'Start interview' }).click();
    const startButton = page.getByRole('button', { name: 'Start the interview' });
    // Connecting can take a while on a loaded machine; the room shows its progress meanwhile.
    await expect(startButton.or(page.getByRole('region', { name: 'Captions' }))).toBeVisible({ timeout: 20_000 });
    if (await startButton.isVisible()) await startButton.click();
    await answer(page, 0);
    await expect(page.getByRole('region', { name: 'Captions' })).toContainText(QUESTIONS[1], { timeout: 20_000 });
    expect(await page.evaluate(() => (window as unknown as { micRequests: number }).micRequests)).toBe(0);
    expect(stack.gemini.control.count('interviewerTurn')).toBeGreaterThanOrEqual(1);
    // No microphone in use: nothing to mute and no level to show.
    await expect(page.getByRole('button', { name: /Mute microphone|Unmute microphone/ })).toHaveCount(0);
    await expect(page.locator('.mic-meter')).toHaveCount(0);
    // The interviewer was told the answers are typed, in its kickoff.
    expect(stack.gemini.control.latestConversation().textInputs[0]?.text).toMatch(
      /APP CUE start>>> .*types their answers/,
    );
  });

  test('a refused microphone in the room offers to continue by typing', async ({ page }) => {
    await refuseMicrophone(page);
    await page.goto('/');
    await page.evaluate(
      (setup) => sessionStorage.setItem('mockingbird:setup:refused-mic', JSON.stringify(setup)),
      SETUP,
    );
    await page.goto('/interview/refused-mic');
    const refused = page.getByRole('heading', { name: 'The microphone is not available' });
    const startButton = page.getByRole('button', { name: 'Start the interview' });
    await expect(startButton.or(refused)).toBeVisible();
    if (await startButton.isVisible()) await startButton.click();
    await expect(refused).toBeVisible();
    await page.getByRole('button', { name: 'Continue by typing' }).click();
    await answer(page, 0);
    await expect(page.getByRole('region', { name: 'Captions' })).toContainText(QUESTIONS[1], { timeout: 20_000 });
    await expect(page.getByRole('button', { name: /Mute microphone|Unmute microphone/ })).toHaveCount(0);
    await expect(page.locator('.mic-meter')).toHaveCount(0);
  });
});
