import type { Page } from 'playwright';

// Main-thread time of the page's renderer over a wall-clock window, from Chromium's own
// counters (CDP Performance.getMetrics): "ThreadTime" is the main thread's CPU time, and
// "TaskDuration" the wall time it spent running tasks, which also grows while the thread waits
// for a CPU on a busy machine. Both as a percentage of the window.

export interface MainThreadShare {
  cpuPercent: number;
  busyPercent: number;
}

type Metrics = Record<string, number>;

export async function mainThreadShare(page: Page, windowMs: number): Promise<MainThreadShare> {
  const cdp = await page.context().newCDPSession(page);
  const read = async (): Promise<Metrics> =>
    Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  try {
    await cdp.send('Performance.enable');
    const [before, wallBefore] = [await read(), performance.now()];
    await new Promise((resolve) => setTimeout(resolve, windowMs));
    const [after, wallAfter] = [await read(), performance.now()];
    const percent = (name: string): number => {
      if (before[name] === undefined || after[name] === undefined)
        throw new Error(`Chromium reported no ${name} metric.`);
      return ((after[name] - before[name]) * 1000 * 100) / (wallAfter - wallBefore);
    };
    return { cpuPercent: percent('ThreadTime'), busyPercent: percent('TaskDuration') };
  } finally {
    await cdp.detach();
  }
}
