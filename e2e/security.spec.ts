import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { APIRequestContext, APIResponse, Page } from 'playwright/test';
import { nodeWs } from './fakes/shared/node-ws.ts';
import { LIVE_MODEL } from './fakes/testing/live-probe.ts';
import { findSecrets, scanDirectory, scanResponse, type SecretFinding } from './support/scan-secrets.ts';
import { expect, test } from './support/fixtures.ts';
import { REPO_ROOT } from './support/token-server-process.ts';

// Security checks against the real server with the fakes behind it: no key in the built app or
// in any answer, a Content-Security-Policy the app runs under, and Live tokens that are single
// use, short-lived for new sessions and locked to the model.

/**
 * Distinctive dummy keys, each also shaped like the real thing so both scanner rules would fire.
 * Key-shaped text is joined at run time so the repository itself never holds a key shape.
 */
const GOOGLE_PREFIX = ['AI', 'za'].join('');
const GEMINI_KEY = `${GOOGLE_PREFIX}SyMockingbirdSecurityCanary01234567`;
const TAVUS_KEY = '5c0ffee7a91d4b3e8f2a6d9c1b7e4f08';
const KEYS = [GEMINI_KEY, TAVUS_KEY];
type FetchOptions = NonNullable<Parameters<APIRequestContext['fetch']>[1]>;

// A private build: other runs may rebuild dist/web while this one reads it.
const BUILD_DIR = process.env.E2E_STATIC_DIR ?? join(tmpdir(), `mockingbird-security-build-${process.pid}`);
test.use({
  stackOptions: {
    gemini: { apiKey: GEMINI_KEY, pace: 'instant' },
    tavus: { apiKey: TAVUS_KEY },
    env: { STATIC_DIR: BUILD_DIR, GEMINI_LIVE_MODEL: LIVE_MODEL },
  },
});

test.beforeAll(async () => {
  if (process.env.E2E_STATIC_DIR) return;
  test.setTimeout(120_000);
  const vite = join(REPO_ROOT, 'node_modules/vite/bin/vite.js');
  await promisify(execFile)(
    process.execPath,
    [vite, 'build', '--outDir', BUILD_DIR, '--emptyOutDir', '--logLevel', 'error'],
    { cwd: REPO_ROOT },
  );
});

test.afterAll(() => {
  if (!process.env.E2E_STATIC_DIR) rmSync(BUILD_DIR, { recursive: true, force: true });
});

/** Keeps every /api answer the page or the test receives, to be scanned at the end. */
function recordApiAnswers(page: Page): {
  scan(): Promise<SecretFinding[]>;
  add(res: APIResponse): void;
  count(): number;
} {
  const pending: Promise<SecretFinding[]>[] = [];
  const scanOne = async (url: string, status: number, headers: Record<string, string>, body: Promise<string>) =>
    scanResponse(url, status, headers, await body.catch(() => ''), KEYS);
  page.on('response', (res) => {
    if (new URL(res.url()).pathname.startsWith('/api/'))
      pending.push(res.allHeaders().then((h) => scanOne(res.url(), res.status(), h, res.text())));
  });
  return {
    add: (res) => pending.push(scanOne(res.url(), res.status(), res.headers(), res.text())),
    scan: async () => (await Promise.all(pending)).flat(),
    count: () => pending.length,
  };
}

/** Opens a Live session with a token as the browser does; resolves 'setupComplete' or the close code. */
function openLive(port: number, token: string): Promise<'setupComplete' | number> {
  const path = '//ws/google.ai.generativelanguage.v1alpha.GenerativeService.BidiGenerateContentConstrained';
  const ws = new nodeWs.WebSocket(`ws://127.0.0.1:${port}${path}?access_token=${token}`);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => (ws.terminate(), reject(new Error('The fake Gemini did not answer the Live setup.'))),
      5000,
    );
    ws.on('open', () =>
      ws.send(
        JSON.stringify({
          setup: { model: `models/${LIVE_MODEL}`, generationConfig: { responseModalities: ['AUDIO'] } },
        }),
      ),
    );
    ws.on('message', (data: Buffer) => {
      if (!data.toString('utf8').includes('setupComplete')) return;
      clearTimeout(timer);
      resolve('setupComplete');
      ws.close();
    });
    ws.on('close', (code) => (clearTimeout(timer), resolve(code)));
  });
}

/** What the server asked the fake for: single use, a minute to start, bounded life, model locked. */
function expectLockedShortLivedToken(
  token: { body: Record<string, unknown>; createdAt: number },
  requestedMinutes: number,
): void {
  const { body, createdAt } = token;
  expect(body.uses).toBe(1);
  expect(Date.parse(String(body.newSessionExpireTime)) - createdAt).toBeGreaterThan(55_000);
  expect(Date.parse(String(body.newSessionExpireTime)) - createdAt).toBeLessThan(65_000);
  const life = Date.parse(String(body.expireTime)) - createdAt;
  expect(life).toBeGreaterThan(requestedMinutes * 60_000);
  expect(life).toBeLessThan((requestedMinutes + 6) * 60_000); // the duration plus a five-minute margin
  expect(body.bidiGenerateContentSetup).toMatchObject({
    model: `models/${LIVE_MODEL}`,
    generationConfig: { responseModalities: ['AUDIO'] },
  });
  expect(String(body.fieldMask).split(',')).toContain('model');
}

test('the secret scanner finds a planted key of every kind, in any file of a tree, and nothing in clean text', () => {
  const rules = (text: string) => findSecrets(text, 'sample', KEYS).map((f) => f.rule);
  expect(rules(`const key = "${GEMINI_KEY}";`)).toEqual(['configured key', 'Google API key']);
  expect(rules(`{"k":"${Buffer.from(TAVUS_KEY).toString('base64')}"}`)).toEqual(['configured key']);
  expect(rules(`x-api-key: ${TAVUS_KEY}`)).toEqual(['configured key', 'hex secret']);
  expect(rules(`fetch(u, { key: "${GOOGLE_PREFIX}SyB1x9Qm4T7p0Lc2Vw8Zr5Hn3Kd6Jf0Gs1E" })`)).toEqual(['Google API key']);
  expect(rules('tavus("9f86d081884c7d659a2feaa0c55ad015")')).toEqual(['hex secret']);
  expect(rules('const clientSecret = "q8Zr2LmT0vXy7KpN4sWb9HcD"')).toEqual(['assigned secret']);
  expect(rules('Authorization: Bearer ya29.a0AfH6SMBx7Kq2Lm9Np4Rs')).toEqual(['bearer token']);
  const clean = [
    '{"token":"auth_tokens/5f1e9c0a7b3d2e4f6a8c0b1d3e5f7a9c2b4d6e8f0a1c3e5f","apiVersion":"v1alpha"}',
    '// https://github.com/example/lib/blob/70525efe555cd226691e093d171370a3b10921d1/src/x.ts',
    'font:"T1RUTwALAIAAAwAwQ0ZGIDHtZg4AAAOYAAAAgUZGVE1lkzZwAAAEHAAAABxHREVGABQAFQAABDgAAAAeT1MvMlYNYwkAAAEgAAAA"',
    'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA inheritSimpleDataAsFutureForcedDependencies',
    'const tokenBudget = "remainingTokensPerMinuteLimit"',
    'CheckedMulToPtrdiff 0123456789abcdef0123456789ABCDEF p_kernel_def', // tables in WebAssembly
    `\u0000${Array.from({ length: 100 }, (_, i) => i.toString(16).padStart(2, '0')).join('')}\u0000`,
  ].join('\n');
  expect(findSecrets(clean, 'clean', KEYS)).toEqual([]);

  const tree = mkdtempSync(join(tmpdir(), 'mockingbird-scan-'));
  try {
    mkdirSync(join(tree, 'assets'));
    writeFileSync(join(tree, 'index.html'), '<!doctype html>');
    writeFileSync(join(tree, 'assets', 'app.js.map'), `{"sourcesContent":["const k = '${TAVUS_KEY}'"]}`);
    const scan = scanDirectory(tree, KEYS);
    expect(scan.files.sort()).toEqual(['assets/app.js.map', 'index.html']);
    expect(scan.findings.map((f) => [f.where, f.rule])).toEqual([
      ['assets/app.js.map', 'configured key'],
      ['assets/app.js.map', 'hex secret'],
    ]);
    expect(scan.findings[0]?.excerpt).not.toContain(TAVUS_KEY); // reports never print the key itself
  } finally {
    rmSync(tree, { recursive: true, force: true });
  }
});

test('the built app and the page the server sends carry neither key nor anything shaped like one', async ({ page }) => {
  const scan = scanDirectory(BUILD_DIR, KEYS);
  expect(scan.files).toContain('index.html');
  expect(scan.bytes).toBeGreaterThan(500_000); // the whole app, source maps included, not an empty folder
  expect(scan.findings).toEqual([]);
  const html = await page.request.get('/');
  expect(scanResponse('/', html.status(), html.headers(), await html.text(), KEYS)).toEqual([]);
});

test('the page carries a CSP, and the setup page and a live interview run under it without a violation', async ({
  page,
  stack,
}) => {
  const answers = recordApiAnswers(page);
  const cspErrors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' && /Content Security Policy|Refused to/i.test(msg.text())) cspErrors.push(msg.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener(
      'securitypolicyviolation',
      (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI}`),
      true,
    );
  });
  const violations = () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);

  const res = await page.goto('/');
  const csp = res?.headers()['content-security-policy'] ?? '';
  expect(csp).toContain("default-src 'self'");
  expect(csp).toMatch(/script-src 'self'[^;]*;/);
  expect(csp).not.toContain("'unsafe-eval'");
  expect(csp).toContain(`ws://127.0.0.1:${stack.gemini.port}`);
  await expect(page.getByLabel('Topic')).toBeVisible({ timeout: 15_000 });

  // Open the room with the setup the Setup screen hands over, and let the interviewer speak.
  const setup = {
    topic: 'Security review',
    level: 'Intermediate',
    voice: 'Kore',
    languageCode: 'en-US',
    lengthMinutes: 10,
    patience: 'normal',
    avatar: false,
  };
  await page.evaluate((s) => sessionStorage.setItem('mockingbird:setup:csp-1', JSON.stringify(s)), setup);
  await page.goto('/interview/csp-1');
  const startButton = page.getByRole('button', { name: 'Start the interview' });
  await expect(startButton.or(page.getByText(/Getting your interview ready|Captions/).first())).toBeVisible({
    timeout: 15_000,
  });
  if (await startButton.isVisible()) await startButton.click();
  await stack.gemini.control.waitFor('setupComplete', 1, 15_000);
  await expect(page.getByRole('region', { name: 'Captions' })).toContainText('Hello, and', { timeout: 15_000 });
  expect(await violations()).toEqual([]);
  expect(cspErrors).toEqual([]);

  // The policy is really enforced, and the listener above really hears violations.
  const inlineRan = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true';
    document.head.append(script);
    return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
  });
  expect(inlineRan).toBe(false);
  await expect.poll(violations).toEqual([expect.stringMatching(/^script-src/)]);

  // The browser's session used a token the server minted locked and short-lived.
  const [minted] = stack.gemini.control.tokens;
  expect(stack.gemini.control.latestConversation().connections[0]?.credential).toEqual({
    kind: 'token',
    name: minted?.name,
  });
  expectLockedShortLivedToken(minted!, setup.lengthMinutes);
  expect(answers.count()).toBeGreaterThan(0);
  expect(await answers.scan()).toEqual([]);
});

test('a token opens one Live session only, and the server asks for no more than that', async ({ page, stack }) => {
  const answers = recordApiAnswers(page);
  const res = await page.request.post('/api/live/token', { data: { durationMinutes: 60 } });
  answers.add(res);
  expect(res.status()).toBe(200);
  const { token } = (await res.json()) as { token: string };
  expect(await openLive(stack.gemini.port, token)).toBe('setupComplete');
  expect(await openLive(stack.gemini.port, token)).toBe(1008); // the fake enforces uses: 1, as Gemini does
  expectLockedShortLivedToken(stack.gemini.control.tokens[0]!, 60);

  for (const data of [{ durationMinutes: 600 }, { model: 'gemini-2.5-pro' }, { uses: 0 }]) {
    const refused = await page.request.post('/api/live/token', { data });
    answers.add(refused);
    expect(refused.status()).toBe(400);
  }
  expect(stack.gemini.control.tokens).toHaveLength(1);
  expect(await answers.scan()).toEqual([]);
});

test('no API answer carries a key, whether the call succeeds, is refused or fails upstream', async ({
  page,
  stack,
}) => {
  const answers = recordApiAnswers(page);
  const call = async (method: 'GET' | 'POST', path: string, options: FetchOptions = {}): Promise<number> => {
    const res = await page.request.fetch(path, { method, ...options });
    answers.add(res);
    return res.status();
  };
  const report = {
    interview: { topic: 'Sales', level: 'Beginner' },
    transcript: [{ role: 'candidate', text: 'I listen first.' }],
  };
  expect(await call('GET', '/api/health')).toBe(200);
  expect(await call('POST', '/api/report', { data: report })).toBe(200);
  expect(await call('POST', '/api/prep', { data: { topic: 'Sales', level: 'Beginner' } })).toBe(200);
  expect(await call('POST', '/api/avatar/conversations', { data: { interviewId: 'sec-1' } })).toBe(201);
  expect(
    await call('POST', `/api/avatar/conversations/${stack.tavus.control.activeIds()[0] ?? 'none'}/end`, { data: {} }),
  ).toBe(204);
  expect(
    await call('POST', '/api/live/token', { data: '{"broken', headers: { 'content-type': 'application/json' } }),
  ).toBe(400);
  expect(await call('POST', '/api/live/token', { data: 'x', headers: { 'content-type': 'text/plain' } })).toBe(415);
  expect(await call('POST', '/api/live/token', { data: { voice: 'K'.repeat(8000) } })).toBe(413);
  expect(await call('POST', '/api/live/token', { data: {}, headers: { origin: 'https://evil.example' } })).toBe(403);
  expect(await call('GET', '/api/nowhere')).toBe(404);
  stack.gemini.control.failHttp('authTokens', 'http-401', 1);
  expect(await call('POST', '/api/live/token', { data: {} })).toBe(502);
  stack.gemini.control.failHttp('generateContent', 'http-500', 1);
  expect(await call('POST', '/api/report', { data: report })).toBe(502);
  stack.tavus.control.fail('createConversation', 'http-401', 1);
  expect(await call('POST', '/api/avatar/conversations', { data: { interviewId: 'sec-2' } })).toBe(502);
  stack.tavus.control.fail('createConversation', 'max-concurrent', 1);
  expect(await call('POST', '/api/avatar/conversations', { data: { interviewId: 'sec-3' } })).toBe(503);
  expect(await answers.scan()).toEqual([]);
});
