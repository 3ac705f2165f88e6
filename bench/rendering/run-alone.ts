import { rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { type Browser, chromium } from 'playwright';
import { type Stack, startStack } from '../../e2e/support/stack.ts';
import { baselineBuild, removeBaselineBuild } from '../app/baseline-site.ts';
import { benchStackOptions } from '../support/bench-stack.ts';
import { buildApp } from '../support/build-app.ts';
import { conversationMic, loopingMicLaunchOptions } from '../support/conversation-mic.ts';
import { renderTable } from '../table.ts';
import type { Figure } from '../types.ts';

// Runs one live suite on its own (`npx tsx bench/suites/room-rendering.ts`) with the same
// stack as `npm run bench`: both builds, the token server with the fake Gemini, the looping
// spoken microphone. Prints the table and writes bench/results-<name>.json (git-ignored).

type LiveSuite = (browser: Browser, stack: Stack) => Promise<{ figures: Figure[]; details: unknown }>;

export async function runAlone(suite: LiveSuite, name: string): Promise<void> {
  const loadBefore = loadavg();
  const distDir = await buildApp();
  await baselineBuild();
  const stack = await startStack(benchStackOptions(distDir));
  const browser = await chromium.launch(loopingMicLaunchOptions(conversationMic()));
  try {
    const { figures, details } = await suite(browser, stack);
    console.log(renderTable(figures));
    const machine = { loadAverageBefore: loadBefore, loadAverageAfter: loadavg() };
    console.log(
      `load average before ${loadBefore.map((l) => l.toFixed(1)).join(' ')}, after ${machine.loadAverageAfter.map((l) => l.toFixed(1)).join(' ')}`,
    );
    writeFileSync(
      new URL(`../results-${name}.json`, import.meta.url),
      `${JSON.stringify({ date: new Date().toISOString(), figures, details, machine }, null, 2)}\n`,
    );
  } finally {
    await browser.close();
    await stack.stop();
    rmSync(distDir, { recursive: true, force: true });
    await removeBaselineBuild();
  }
}
