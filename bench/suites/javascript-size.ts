import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright';
import { toFigure } from '../figure.ts';
import type { Figure } from '../types.ts';

// JavaScript a first visit downloads before the setup screen can be used (its Topic field is
// visible), and all JavaScript in the build. The server sends files uncompressed, so each
// body is gzipped here (zlib level 6, as a typical compressing proxy or CDN would) and summed.

const BUDGET_KB = 60;

const gzipKb = (bytes: Buffer): number => gzipSync(bytes, { level: 6 }).length / 1024;

function isJavaScript(url: string, contentType: string | undefined): boolean {
  return /javascript/.test(contentType ?? '') || new URL(url).pathname.endsWith('.js');
}

async function firstScreenKb(browser: Browser, baseUrl: string): Promise<{ kb: number; files: string[] }> {
  const context = await browser.newContext({ baseURL: baseUrl });
  const page = await context.newPage();
  const bodies: Promise<{ url: string; kb: number }>[] = [];
  let firstScreenReady = false;
  page.on('response', (response) => {
    if (firstScreenReady || !isJavaScript(response.url(), response.headers()['content-type'])) return;
    bodies.push(response.body().then((body) => ({ url: response.url(), kb: gzipKb(body) })));
  });
  try {
    await page.goto('/');
    await page.getByLabel('Topic').waitFor();
    firstScreenReady = true;
    const files = await Promise.all(bodies);
    return { kb: files.reduce((n, f) => n + f.kb, 0), files: files.map((f) => `${new URL(f.url).pathname} ${f.kb.toFixed(1)} KB`) };
  } finally {
    await context.close();
  }
}

function distJsKb(dir: string): number {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js') || f.endsWith('.mjs'));
  return files.reduce((n, f) => n + gzipKb(readFileSync(join(dir, f))), 0);
}

export async function benchJavaScriptSize(browser: Browser, baseUrl: string, distDir: string): Promise<{ figures: Figure[]; firstScreenFiles: string[] }> {
  const first = await firstScreenKb(browser, baseUrl);
  return {
    figures: [
      toFigure({ id: 'js-first-screen', label: 'JavaScript before the setup screen is usable (gzip)', unit: 'KB', values: [first.kb], budget: { on: 'median', max: BUDGET_KB, text: `≤ ${BUDGET_KB} KB` }, noP95: true }),
      toFigure({ id: 'js-total', label: 'All JavaScript in the build, lazy chunks and the PDF worker included (gzip)', unit: 'KB', values: [distJsKb(distDir)], noP95: true }),
    ],
    firstScreenFiles: first.files,
  };
}
