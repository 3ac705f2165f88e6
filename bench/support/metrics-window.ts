import type { Page } from 'playwright';

// Chromium's own renderer counters (CDP Performance.getMetrics) over a wall-clock window: read
// once before and once after, so each reader takes only the differences it needs. Durations in
// the metrics are seconds; counts are plain counts.

export interface MetricsWindow {
  /** Wall time between the two reads, in seconds. */
  seconds: number;
  /** How much the named metric grew over the window; throws when Chromium does not report it. */
  delta: (name: string) => number;
}

type Metrics = Record<string, number>;

export async function metricsOverWindow(page: Page, windowMs: number): Promise<MetricsWindow> {
  const cdp = await page.context().newCDPSession(page);
  const read = async (): Promise<Metrics> =>
    Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  try {
    await cdp.send('Performance.enable');
    const [before, wallBefore] = [await read(), performance.now()];
    await new Promise((resolve) => setTimeout(resolve, windowMs));
    const [after, wallAfter] = [await read(), performance.now()];
    const delta = (name: string): number => {
      const [start, end] = [before[name], after[name]];
      if (start === undefined || end === undefined) throw new Error(`Chromium reported no ${name} metric.`);
      return end - start;
    };
    return { seconds: (wallAfter - wallBefore) / 1000, delta };
  } finally {
    await cdp.detach();
  }
}
