import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright';
import { toFigure } from '../figure.ts';
import type { Figure } from '../types.ts';

// JavaScript a first visit needs before the setup screen can be used (its Topic field is in the
// page), and all JavaScript in the build. The server sends files uncompressed, so each body is
// gzipped here (zlib level 6, as a typical compressing proxy or CDN would) and summed.
//
// "Before" is taken in the page: an init script notes the moment the Topic field enters the DOM,
// and a file counts when the browser's resource timing says it finished arriving by then. (Counting
// every response Playwright reports before its own wait noticed the field would also count code the
// screen starts loading on first use, once shown, such as the store behind "Record this interview".)

const BUDGET_KB = 40;
/**
 * First visits measured; the figure is the largest. What arrives before the field is a race
 * (code the screen starts loading soon after it shows can finish first), and one visit hid it.
 */
const VISITS = 3;

const gzipKb = (bytes: Buffer): number => gzipSync(bytes, { level: 6 }).length / 1024;

function isJavaScript(url: string, contentType: string | undefined): boolean {
  return /javascript/.test(contentType ?? '') || new URL(url).pathname.endsWith('.js');
}

/** Runs in the page before the app: when the Topic field (the usable first screen) appears. */
function noteTopicShown(): void {
  const w = window as unknown as { __topicShownAt?: number };
  const observer = new MutationObserver(() => {
    if (w.__topicShownAt !== undefined || !document.getElementById('setup-topic')) return;
    w.__topicShownAt = performance.now();
    observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
}

/** URLs of the JavaScript files that had finished arriving when the Topic field appeared. */
async function arrivedBeforeTopic(page: Page): Promise<Set<string>> {
  const urls = await page.evaluate(() => {
    const shownAt = (window as unknown as { __topicShownAt?: number }).__topicShownAt ?? Number.POSITIVE_INFINITY;
    return (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter((e) => e.responseEnd <= shownAt)
      .map((e) => e.name);
  });
  const navigation = page.url();
  return new Set([...urls, navigation]);
}

async function firstScreenKb(
  browser: Browser,
  baseUrl: string,
  prepare?: (context: BrowserContext) => Promise<void>,
): Promise<{ kb: number; files: string[] }> {
  const context = await browser.newContext({ baseURL: baseUrl });
  await prepare?.(context);
  const page = await context.newPage();
  const bodies: Promise<{ url: string; kb: number }>[] = [];
  page.on('response', (response) => {
    if (isJavaScript(response.url(), response.headers()['content-type']))
      bodies.push(response.body().then((body) => ({ url: response.url(), kb: gzipKb(body) })));
  });
  try {
    await page.addInitScript(noteTopicShown);
    await page.goto('/');
    await page.getByLabel('Topic').waitFor();
    await page.waitForLoadState('networkidle');
    const before = await arrivedBeforeTopic(page);
    const files = (await Promise.all(bodies)).filter((f) => before.has(f.url));
    return {
      kb: files.reduce((n, f) => n + f.kb, 0),
      files: files.map((f) => `${new URL(f.url).pathname} ${f.kb.toFixed(1)} KB`),
    };
  } finally {
    await context.close();
  }
}

async function largestFirstScreen(
  visit: () => Promise<{ kb: number; files: string[] }>,
): Promise<{ kb: number; files: string[] }> {
  let largest = await visit();
  for (let i = 1; i < VISITS; i++) {
    const next = await visit();
    if (next.kb > largest.kb) largest = next;
  }
  return largest;
}

function distJsKb(dir: string): number {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(
    (f) => f.endsWith('.js') || f.endsWith('.mjs'),
  );
  return files.reduce((n, f) => n + gzipKb(readFileSync(join(dir, f))), 0);
}

/**
 * `serveBaseline` makes a context get its page files from the bench's baseline build (the same
 * app with the common-examples audio path), whose first screen is the baseline column.
 */
export async function benchJavaScriptSize(
  browser: Browser,
  baseUrl: string,
  distDir: string,
  serveBaseline: (context: BrowserContext) => Promise<void>,
): Promise<{ figures: Figure[]; firstScreenFiles: string[] }> {
  const first = await largestFirstScreen(() => firstScreenKb(browser, baseUrl));
  const baseline = await largestFirstScreen(() => firstScreenKb(browser, baseUrl, serveBaseline));
  return {
    figures: [
      toFigure({
        id: 'js-first-screen',
        label: `JavaScript before the setup screen is usable (gzip), the largest of ${VISITS} first visits`,
        unit: 'KB',
        values: [first.kb],
        baseline: [baseline.kb],
        budget: { on: 'median', max: BUDGET_KB, text: `≤ ${BUDGET_KB} KB` },
        noP95: true,
      }),
      toFigure({
        id: 'js-total',
        label: 'All JavaScript in the build, lazy chunks and the PDF worker included (gzip)',
        unit: 'KB',
        values: [distJsKb(distDir)],
        noP95: true,
      }),
    ],
    firstScreenFiles: first.files,
  };
}
