import { FIXED_REPORT } from './report-history/fixed-report.ts';
import { expect, test } from './support/fixtures.ts';

// The built app served by the real token server, with fake Gemini and Tavus behind it.

test('serves the app and reports every feature available when both services are configured', async ({ page }) => {
  const health = await page.request.get('/api/health');
  expect(health.ok()).toBe(true);
  // The server checked the fakes for its key, models and replica before answering.
  expect(await health.json()).toMatchObject({
    ok: true,
    features: { live: { ok: true }, avatar: { ok: true }, report: { ok: true }, prep: { ok: true } },
  });
  await page.goto('/');
  await expect(page).toHaveTitle(/Mockingbird/);
});

test('mints a Live token through the fake Gemini and tells the browser where to connect', async ({ page, stack }) => {
  const res = await page.request.post('/api/live/token', { data: { durationMinutes: 20 } });
  expect(res.status()).toBe(200);
  const body = (await res.json()) as { token: string; baseUrl?: string; apiVersion: string };
  expect(body).toMatchObject({ apiVersion: 'v1alpha', baseUrl: stack.gemini.url });
  expect(stack.gemini.control.tokens.map((t) => t.name)).toEqual([body.token]);
  expect(stack.gemini.control.tokens[0]?.body).toMatchObject({ uses: 1 });
});

test('hands the candidate’s words to Gemini verbatim and returns the report the model wrote', async ({
  page,
  stack,
}) => {
  const answer = 'I led the migration of our billing system to a queue-based design last year.';
  // The model's reply is fixed here, so the quotes checked below are ours, not the fake's.
  const quote = 'the migration of our billing system';
  const written = {
    ...FIXED_REPORT,
    rubric: Object.fromEntries(
      Object.entries(FIXED_REPORT.rubric).map(([key, entry]) => [key, { ...entry, quotes: [quote] }]),
    ),
  };
  stack.gemini.control.setReportText(() => JSON.stringify(written));
  const res = await page.request.post('/api/report', {
    data: {
      interview: { topic: 'Backend engineering', level: 'Intermediate' },
      transcript: [
        { role: 'interviewer', text: 'Tell me about a project you are proud of.' },
        { role: 'candidate', text: answer },
      ],
    },
  });
  expect(res.status()).toBe(200);
  // What the server sent: the answer, word for word, as the candidate's turn.
  const [request] = stack.gemini.control.generateRequests;
  expect(stack.gemini.control.generateRequests).toHaveLength(1);
  const prompt = JSON.stringify(request?.body.contents);
  expect(prompt).toContain(JSON.stringify(answer).slice(1, -1));
  expect(prompt).toMatch(/\[2\] Candidate: /);
  // What came back: the model's evidence, passed through the server's validation untouched.
  const report = (await res.json()) as { rubric: Record<string, { quotes: string[] }> };
  expect(Object.values(report.rubric).map((entry) => entry.quotes)).toEqual(
    Object.values(written.rubric).map(() => [quote]),
  );
});

test.describe('without upstream keys', () => {
  test.use({ stackOptions: { withoutGemini: true, withoutTavus: true } });

  test('reports live interviews, reports and the avatar unavailable', async ({ page }) => {
    const health = await page.request.get('/api/health');
    const off = { ok: false, reason: 'not_configured' };
    expect(await health.json()).toMatchObject({
      ok: true,
      features: { live: off, avatar: off, report: off, prep: off },
    });
  });
});

test.describe('with a report model Google has shut down', () => {
  test.use({ stackOptions: { env: { GEMINI_REPORT_MODEL: 'gemini-2.5-flash' } } });

  test('reports the model unavailable and names the setting to change', async ({ page }) => {
    const health = await page.request.get('/api/health');
    expect(await health.json()).toMatchObject({
      features: {
        live: { ok: true },
        report: {
          ok: false,
          reason: 'model_unavailable',
          message: expect.stringContaining('GEMINI_REPORT_MODEL') as unknown,
        },
      },
    });
  });
});
