import { rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { chromium, type Browser, type Page } from 'playwright';
import { startViteDevServer } from '../e2e/audio/vite-dev.ts';
import { type Stack, startStack } from '../e2e/support/stack.ts';
import { baselineBuild, removeBaselineBuild, serveBaselineBuild } from './app/baseline-site.ts';
import { benchStackOptions } from './support/bench-stack.ts';
import { buildApp } from './support/build-app.ts';
import { conversationMic, loopingMicLaunchOptions } from './support/conversation-mic.ts';
import { describeMachine } from './support/machine.ts';
import { runSoak, soakMinutes } from './soak/run-soak.ts';
import { benchAudioPath } from './suites/audio-path.ts';
import { benchAvatarEcho } from './suites/avatar-echo.ts';
import { benchBaselineAbsent } from './suites/baseline-absent.ts';
import { benchCvExtraction } from './suites/cv-extraction.ts';
import { benchDetectorStart } from './suites/detector-start.ts';
import { benchJavaScriptSize } from './suites/javascript-size.ts';
import { benchLiveAudio } from './suites/live-audio.ts';
import { benchReaskAfterDrop } from './suites/reask-after-drop.ts';
import { benchRecording } from './suites/recording.ts';
import { benchResampler } from './suites/resampler.ts';
import { benchRoomRendering } from './suites/room-rendering.ts';
import { benchSharedStore } from './suites/shared-store.ts';
import { benchStorage } from './suites/storage.ts';
import { benchTokenServer } from './suites/token-server.ts';
import { benchTurns } from './suites/turns.ts';
import { headlineBudgets } from './headline-budgets.ts';
import { renderTable } from './table.ts';
import type { Figure } from './types.ts';

// `npm run bench [-- --check] [--soak]`: builds the app privately, starts the token server with
// the fakes answering instantly, runs every suite in one Chromium with a spoken looping
// microphone, prints one table and writes bench/results.json. With --check it exits 1 when a
// budget is missed or a suite failed; without, it always exits 0 so it never blocks anything by
// itself. --soak adds the long runs (bench/soak/) and their own table. `npm run bench -- turns`
// runs only the turns suite (Node only: no build, no browser), and `npm run bench -- live` only
// the live audio suite (both builds, ten rooms alternating); the full run includes both.

const RESULTS = new URL('./results.json', import.meta.url);

interface Run {
  figures: Figure[];
  soak: Figure[];
  details: Record<string, unknown>;
  errors: string[];
}

async function suite(run: Run, name: string, body: () => Promise<Figure[]>): Promise<void> {
  const started = performance.now();
  try {
    run.figures.push(...(await body()));
  } catch (err) {
    run.errors.push(`${name}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  }
  console.error(`bench: ${name} took ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

async function inNewPage<T>(browser: Browser, baseUrl: string, body: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ baseURL: baseUrl });
  try {
    return await body(await context.newPage());
  } finally {
    await context.close();
  }
}

/** An empty page on the dev server's origin, so a suite imports app modules without the app running. */
async function blankPage(page: Page, origin: string): Promise<Page> {
  await page.route(`${origin}/bench-blank`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Bench</title>' }),
  );
  await page.goto(`${origin}/bench-blank`);
  return page;
}

async function runSuites(
  run: Run,
  browser: Browser,
  baseUrl: string,
  devOrigin: string,
  distDir: string,
): Promise<void> {
  await suite(run, 'token server', () => benchTokenServer(baseUrl));
  await suite(run, 'shared store', () => benchSharedStore());
  await suite(run, 'resampler', () => benchResampler());
  await suite(run, 'baseline absent', async () => benchBaselineAbsent(distDir, await baselineBuild()));
  await suite(run, 'javascript size', async () => {
    const { figures, firstScreenFiles } = await benchJavaScriptSize(browser, baseUrl, distDir, (context) =>
      serveBaselineBuild(context, baseUrl),
    );
    run.details.firstScreenFiles = firstScreenFiles;
    return figures;
  });
  await suite(run, 'cv extraction', () => inNewPage(browser, baseUrl, (page) => benchCvExtraction(page, baseUrl)));
  await suite(run, 'storage', () =>
    inNewPage(browser, devOrigin, async (page) => benchStorage(await blankPage(page, devOrigin))),
  );
  await suite(run, 'recording', () =>
    inNewPage(browser, devOrigin, async (page) => benchRecording(await blankPage(page, devOrigin))),
  );
  await suite(run, 'avatar echo', async () => {
    const { figures, stats } = await inNewPage(browser, devOrigin, (page) => benchAvatarEcho(page, devOrigin));
    run.details.avatarEchoStats = stats;
    return figures;
  });
}

async function turnsSuite(run: Run): Promise<void> {
  await suite(run, 'turns', async () => {
    const { figures, comparison, details } = await benchTurns();
    console.log(`${comparison}\n`);
    run.details.turns = details;
    return figures;
  });
}

/** `npm run bench -- <suite>`: one suite alone ('turns', 'live'); none: the full run. */
function onlySuite(): string | undefined {
  const named = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const unknown = named.find((n) => !['turns', 'live'].includes(n));
  if (unknown) throw new Error(`Unknown suite "${unknown}": name turns or live, or none for the full run.`);
  return named[0];
}

async function main(): Promise<number> {
  const check = process.argv.includes('--check');
  const only = onlySuite();
  const run: Run = { figures: [], soak: [], details: {}, errors: [] };
  const startedAt = performance.now();
  const loadBefore = loadavg();
  if (only === 'turns') {
    await turnsSuite(run);
    return report(run, check, (performance.now() - startedAt) / 1000);
  }
  const soak = soakMinutes(process.argv);
  const distDir = await buildApp();
  // Built before any suite runs, so no measurement shares the CPU with the build.
  await baselineBuild();
  const stack = await startStack(benchStackOptions(distDir));
  const dev = await startViteDevServer();
  const browser = await chromium.launch(loopingMicLaunchOptions(conversationMic()));
  try {
    if (only === 'live') await liveSuite(run, browser, stack);
    else await allSuites(run, browser, stack, dev.origin, distDir, soak);
    run.details.machine = {
      ...describeMachine(browser.version()),
      loadAverageBefore: loadBefore,
      loadAverageAfter: loadavg(),
    };
  } finally {
    await browser.close();
    await dev.close();
    await stack.stop();
    rmSync(distDir, { recursive: true, force: true });
    await removeBaselineBuild();
  }
  return report(run, check, (performance.now() - startedAt) / 1000, only === undefined);
}

async function liveSuite(run: Run, browser: Browser, stack: Stack): Promise<void> {
  await suite(run, 'live audio', async () => {
    const { figures, details } = await benchLiveAudio(browser, stack);
    run.details.live = details;
    return figures;
  });
}

async function allSuites(
  run: Run,
  browser: Browser,
  stack: Stack,
  devOrigin: string,
  distDir: string,
  soak: number | undefined,
): Promise<void> {
  await runSuites(run, browser, stack.baseUrl, devOrigin, distDir);
  await liveSuite(run, browser, stack);
  await suite(run, 'room rendering', async () => {
    const { figures, details } = await benchRoomRendering(browser, stack);
    run.details.roomRendering = details;
    return figures;
  });
  await suite(run, 'audio path', async () => {
    const { figures, details } = await benchAudioPath(browser, stack);
    run.details.audioPath = details;
    return figures;
  });
  await suite(run, 'reask after drop', () => benchReaskAfterDrop(browser, stack));
  await suite(run, 'detector start cost', () => benchDetectorStart(browser, stack));
  await turnsSuite(run);
  if (soak !== undefined) await soakSuite(run, browser, stack, soak);
}

async function soakSuite(run: Run, browser: Browser, stack: Stack, minutes: number): Promise<void> {
  await suite(run, 'soak', async () => {
    const { figures, details } = await runSoak(browser, stack, minutes);
    run.soak.push(...figures);
    run.details.soak = details;
    return [];
  });
}

/** `headline`: the full run, which must measure issue 22's five budgets (a single suite's run need not). */
function report(run: Run, check: boolean, seconds: number, headline = false): number {
  const order = [
    'capture',
    'reply',
    'underruns',
    'speech',
    'start',
    'main-thread',
    'room',
    'audio-path',
    'goaway',
    'turns',
    'resampler',
    'cv',
    'storage',
    'recording',
    'js',
    'server',
    'avatar',
  ];
  const rank = (f: Figure): number => order.findIndex((prefix) => f.id.startsWith(prefix));
  const figures = [...run.figures].sort((a, b) => rank(a) - rank(b));
  console.log(renderTable(figures));
  if (run.soak.length > 0) console.log(`\n${renderTable(run.soak)}`);
  const missed = [...figures, ...run.soak].filter((f) => f.withinBudget === false);
  console.log(
    `\n${figures.length} figures in ${seconds.toFixed(0)} s; ${missed.length} over budget${missed.length ? `: ${missed.map((f) => f.id).join(', ')}` : ''}.`,
  );
  const machine = run.details.machine as { loadAverageBefore?: number[]; loadAverageAfter?: number[] } | undefined;
  const load = (l: number[] | undefined): string => (l ? l.map((x) => x.toFixed(1)).join(' ') : '?');
  if (machine)
    console.log(`Load average before ${load(machine.loadAverageBefore)}, after ${load(machine.loadAverageAfter)}.`);
  const budgets = headline ? headlineBudgets(figures) : { lines: [], missed: [] };
  if (headline) console.log(`\nIssue 22 budgets (baseline measured in this run):\n${budgets.lines.join('\n')}`);
  for (const error of run.errors) console.error(`\nSuite failed — ${error}`);
  if (check && (missed.length > 0 || run.errors.length > 0 || budgets.missed.length > 0))
    console.error(
      `\n--check failed: ${[...missed.map((f) => f.label), ...budgets.missed.map((m) => `${m} (not measured or missed)`), ...(run.errors.length ? [`${run.errors.length} suite(s) failed`] : [])].join('; ')}`,
    );
  writeFileSync(
    RESULTS,
    `${JSON.stringify({ date: new Date().toISOString(), seconds: Math.round(seconds), figures, soak: run.soak, errors: run.errors, details: run.details }, null, 2)}\n`,
  );
  return check && (missed.length > 0 || run.errors.length > 0 || budgets.missed.length > 0) ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
