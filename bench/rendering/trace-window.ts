import { writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright';
import { breakdown, type MainThreadBreakdown, type TraceEvent, threadEvents } from './trace-breakdown.ts';

// A Chromium trace of the page's renderer over a wall-clock window (Playwright's browser tracing,
// CDP Tracing underneath), reduced to the main thread's breakdown. Tracing costs CPU itself, so
// the bench takes its CPU figures from a window without it and uses this one for proportions.

const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'v8',
  'v8.execute',
  'blink.user_timing',
  'disabled-by-default-v8.gc',
];

interface TraceFile {
  traceEvents: TraceEvent[];
}

/** The page's renderer main thread: the CrRendererMain of the process that ran the page's frame. */
function pageMainThread(events: readonly TraceEvent[], url: string): { pid: number; tid: number } {
  const started = events.find((e) => e.name === 'TracingStartedInBrowser');
  const frames = (started?.args?.data?.frames ?? []) as { url?: string; processId?: number }[];
  const pid = frames.find((f) => f.url?.startsWith(url))?.processId;
  const mains = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const main = mains.find((e) => e.pid === pid) ?? (mains.length === 1 ? mains[0] : undefined);
  if (!main) throw new Error(`The trace has no renderer main thread for ${url}.`);
  return { pid: main.pid, tid: main.tid };
}

export async function traceMainThread(browser: Browser, page: Page, windowMs: number): Promise<MainThreadBreakdown> {
  await browser.startTracing(page, { categories: CATEGORIES });
  // A marker on each side, so the window is cut by the trace's own clock.
  await page.evaluate(() => performance.mark('bench-trace-start'));
  await new Promise((resolve) => setTimeout(resolve, windowMs));
  await page.evaluate(() => performance.mark('bench-trace-end'));
  const file = JSON.parse((await browser.stopTracing()).toString('utf8')) as TraceFile;
  const events = file.traceEvents;
  // BENCH_TRACE_DUMP=file keeps the whole trace, to open in Chromium's Performance panel.
  if (process.env.BENCH_TRACE_DUMP) writeFileSync(process.env.BENCH_TRACE_DUMP, JSON.stringify(file));
  const { pid, tid } = pageMainThread(events, new URL(page.url()).origin);
  const mark = (name: string) => events.find((e) => e.pid === pid && e.name === name)?.ts;
  const from = mark('bench-trace-start');
  const to = mark('bench-trace-end');
  if (from === undefined || to === undefined) throw new Error('The trace lost its window marks.');
  return breakdown(threadEvents(events, pid, tid, from, to), (to - from) / 1000);
}
