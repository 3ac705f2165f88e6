import type { Browser, BrowserContext } from 'playwright';
import type { Stack } from '../../e2e/support/stack.ts';
import { readProbe } from '../page/probe-script.ts';
import { type StartStages, startStages, startToAudio } from './analysis.ts';
import { utterancesInPageTime } from './fake-side.ts';
import { type AudioStrategyName, startFromSetup } from './room.ts';

// Start click → first interviewer audio, several times per strategy, alternating strategies so
// a change in the machine's load during the run falls on both alike. Each start is a new
// browser context: an empty cache, as on a first visit.

const RUNS_PER_STRATEGY = 5;

export interface StartRuns {
  times: number[];
  /** Where each start's time went (for the report, not the table). */
  stages: StartStages[];
}

export async function startOnce(
  browser: Browser,
  stack: Stack,
  strategy: AudioStrategyName,
  prepare?: (context: BrowserContext) => Promise<void>,
): Promise<{ ms: number | undefined; stages: StartStages }> {
  stack.gemini.control.useInstantPace();
  const room = await startFromSetup(browser, stack.baseUrl, strategy, undefined, prepare);
  try {
    const { page } = room;
    await page.waitForFunction(
      () => window.__benchProbe.onsets.some((o) => o.renderedAt >= (window.__benchProbe.startClickAt ?? Infinity)),
      undefined,
      { timeout: 20_000 },
    );
    const { records, timeOrigin } = await readProbe(page);
    const tokenEnd = await page.evaluate(
      () =>
        (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((e) =>
          e.name.endsWith('/api/live/token'),
        )?.responseEnd,
    );
    const greeting = utterancesInPageTime(stack.gemini.control.latestConversation(), timeOrigin)[0];
    return { ms: startToAudio(records, greeting), stages: startStages(records, tokenEnd) };
  } finally {
    await room.close();
  }
}

export async function measureStarts(
  browser: Browser,
  stack: Stack,
  strategies: readonly AudioStrategyName[],
): Promise<Map<AudioStrategyName, StartRuns>> {
  const runs = new Map(strategies.map((s): [AudioStrategyName, StartRuns] => [s, { times: [], stages: [] }]));
  for (let i = 0; i < RUNS_PER_STRATEGY; i++) {
    for (const strategy of strategies) {
      const { ms, stages } = await startOnce(browser, stack, strategy);
      const mine = runs.get(strategy);
      if (ms !== undefined) mine?.times.push(ms);
      mine?.stages.push(stages);
    }
  }
  return runs;
}
