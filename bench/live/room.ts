import type { Browser, BrowserContext, Page } from 'playwright';
import { serveBaselineBuild } from '../app/baseline-site.ts';
import { installProbe, liveWorkerProbed } from '../page/probe-script.ts';

// Opens the app as a candidate would: the setup screen, a topic, Quick patience (short
// benchmark turns), and a real click on "Start interview".

export type AudioStrategyName = 'mockingbird' | 'baseline';

export interface Room {
  page: Page;
  context: BrowserContext;
  close(): Promise<void>;
}

/** `probe: false` leaves the live probe out (a measurement of the page's own work, e.g. rendering). */
export async function startFromSetup(
  browser: Browser,
  baseUrl: string,
  strategy: AudioStrategyName,
  lengthMinutes?: 10 | 20 | 30,
  prepare?: (context: BrowserContext) => Promise<void>,
  opts: { probe?: boolean } = {},
): Promise<Room> {
  const context = await browser.newContext({ baseURL: baseUrl });
  await prepare?.(context);
  const page = await context.newPage();
  if (opts.probe !== false) await installProbe(page);
  // The baseline is the same app built from the bench's own entry (bench/app/main.ts), whose
  // files this context gets instead of the real build's; the production bundle has no baseline.
  if (strategy === 'baseline') await serveBaselineBuild(context, baseUrl);
  await page.goto('/');
  await page.getByLabel('Topic').fill('Payments backend');
  // Patience and length sit in the setup's second part, a disclosure that starts closed.
  const more = page.locator('details.more-options');
  if (!(await more.evaluate((d) => (d as HTMLDetailsElement).open))) await more.locator(':scope > summary').click();
  await page.locator('label[for="setup-patience-quick"]').click();
  if (lengthMinutes !== undefined) await page.locator(`label[for="setup-length-${lengthMinutes}"]`).click();
  // Ours runs the Live session in a worker, preloaded while setup is idle: its probe must be in it
  // before the socket opens (the baseline's session runs on the page, probed from the start).
  if (strategy === 'mockingbird' && opts.probe !== false) await liveWorkerProbed(page);
  await page.getByRole('button', { name: 'Start interview' }).click();
  await page.waitForURL('**/interview/**');
  return { page, context, close: () => context.close() };
}
