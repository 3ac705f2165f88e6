import { startViteDevServer, type DevServer } from './audio/vite-dev.ts';
import { ANSWERS, QUESTIONS } from './report-history/interview-run.ts';
import { expect, test } from './support/fixtures.ts';

// The README's dev tour: the app served by Vite (as `npm run dev` and `npm run dev:fake` do) with
// /api proxied to the real token server and its fakes. Every API route the tour uses (health,
// live token, report) goes through the proxy with the browser's own Origin, as in dev.

test.use({ stackOptions: { gemini: { pace: 'instant', voiceActivity: { threshold: 2 } } } });

let vite: DevServer | undefined;
test.afterEach(async () => {
  await vite?.close();
  vite = undefined;
});

test('a whole interview and its report work through the Vite dev server', async ({ page, stack }) => {
  test.setTimeout(180_000);
  vite = await startViteDevServer({ apiTarget: stack.baseUrl });
  const apiAnswers: { path: string; status: number }[] = [];
  page.on('response', (res) => {
    const url = new URL(res.url());
    if (url.origin === vite?.origin && url.pathname.startsWith('/api/'))
      apiAnswers.push({ path: url.pathname, status: res.status() });
  });

  // Vite compiles modules on first request: the first screen may take a while on a busy machine.
  await page.goto(vite.origin, { timeout: 90_000 });
  await page.getByLabel('Topic').fill('Python backend', { timeout: 60_000 });
  // Every answer is typed: with the microphone closed, the fake device's beep cannot open an
  // answer that swallows a typed one (see report-history/interview-run.ts).
  await page.getByText('Interviewer, microphone and more').click();
  await page.getByRole('checkbox', { name: 'Type my answers instead (no microphone)' }).check();
  await page.getByRole('button', { name: 'Start interview' }).click();
  await expect(page).toHaveURL(/\/interview\//);
  const startButton = page.getByRole('button', { name: 'Start the interview' });
  await expect(startButton.or(page.getByRole('region', { name: 'Captions' }))).toBeVisible({ timeout: 60_000 });
  if (await startButton.isVisible()) await startButton.click();

  for (const index of [0, 1, 2] as const) {
    await expect(page.getByRole('region', { name: 'Captions' })).toContainText(QUESTIONS[index], { timeout: 30_000 });
    await page.getByLabel('Type an answer').fill(ANSWERS[index]);
    await page.getByLabel('Type an answer').press('Enter');
  }
  await page.waitForURL(/\/report\//, { timeout: 60_000 });
  // The report page's modules are compiled on their first request too.
  await expect(page.getByRole('heading', { level: 1, name: 'Python backend' })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('region', { name: 'Transcript' })).toContainText(ANSWERS[2], { timeout: 30_000 });
  await expect
    .poll(() => apiAnswers.filter((a) => a.path === '/api/report').map((a) => a.status), { timeout: 60_000 })
    .toEqual([200]);

  expect(apiAnswers.filter((a) => a.path === '/api/live/token').map((a) => a.status)).toEqual([200]);
  expect(apiAnswers.filter((a) => a.status >= 400)).toEqual([]);
  expect(stack.gemini.control.generateRequests).toHaveLength(1);
});
