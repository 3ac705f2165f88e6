import { ANSWERS, answer, openRoom } from './report-history/interview-run.ts';
import { expect, test } from './support/fixtures.ts';

// Reports off on their own, live interviews on: the server's report model is one Google has
// shut down (gemini-2.5-flash, gone from the fake's catalog as from the real service), so its
// health check finds the model missing. Setup says so before the start; the interview runs; its
// end shows the transcript and statistics with the reason, and no report is asked for.

const staticEnv: Record<string, string> = process.env.E2E_STATIC_DIR ? { STATIC_DIR: process.env.E2E_STATIC_DIR } : {};
test.use({
  stackOptions: {
    env: { ...staticEnv, GEMINI_REPORT_MODEL: 'gemini-2.5-flash' },
    gemini: { pace: 'instant', voiceActivity: { threshold: 2 } },
  },
});

const OFF = 'Written feedback is off on this server: the model it is set to use is not available.';

test('with only reports off, setup says so and the interview ends on its transcript with the reason, asking no report', async ({
  page,
  stack,
}) => {
  test.setTimeout(120_000);
  const health = page.waitForResponse((res) => res.url().endsWith('/api/health'));
  await page.goto('/');
  expect(await (await health).json()).toMatchObject({
    features: { live: { ok: true }, report: { ok: false, reason: 'model_unavailable' } },
  });
  await expect(page.getByText(`${OFF} You will still get your transcript and speaking statistics.`)).toBeVisible();
  await expect(page.getByRole('region', { name: /Live interviews are off/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Start interview' })).toBeEnabled();

  await openRoom(page, 'report-off');
  for (const index of [0, 1, 2] as const) await answer(page, index);
  await page.waitForURL('**/report/report-off', { timeout: 30_000 });

  const message = page.locator('.generation-message');
  await expect(message).toContainText(OFF, { timeout: 20_000 });
  await expect(message).toContainText(
    'Your transcript and speaking statistics are below. If you run this server: Set GEMINI_REPORT_MODEL to a current one',
  );
  await expect(page.getByRole('region', { name: 'Transcript' })).toContainText(ANSWERS[2]);
  await expect(page.getByRole('heading', { name: 'How you spoke' })).toBeVisible();
  await expect(page.getByText('Overall score')).toHaveCount(0);
  expect(stack.gemini.control.generateRequests).toHaveLength(0);
  expect(stack.gemini.control.count('setupComplete')).toBeGreaterThanOrEqual(1);
});
