import type { Page } from 'playwright';

// The renderer's own counters over a window (CDP Performance.getMetrics): main-thread CPU time,
// script time, and layout and style work, each per second of wall time. Layout counts every
// layout the page did, forced ones included, so a component that reads layout after writing it
// shows up here as more layouts than frames.

export interface RendererShare {
  /** Main-thread CPU time, % of the window. */
  cpuPercent: number;
  /** JavaScript time, ms per second. */
  scriptMsPerS: number;
  /** Layout and style recalculation time, ms per second. */
  layoutMsPerS: number;
  layoutsPerS: number;
  styleRecalcsPerS: number;
}

type Metrics = Record<string, number>;

export async function rendererShare(page: Page, windowMs: number): Promise<RendererShare> {
  const cdp = await page.context().newCDPSession(page);
  const read = async (): Promise<Metrics> =>
    Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  try {
    await cdp.send('Performance.enable');
    const [before, wallBefore] = [await read(), performance.now()];
    await new Promise((resolve) => setTimeout(resolve, windowMs));
    const [after, wallAfter] = [await read(), performance.now()];
    const seconds = (wallAfter - wallBefore) / 1000;
    const delta = (name: string): number => {
      if (before[name] === undefined || after[name] === undefined)
        throw new Error(`Chromium reported no ${name} metric.`);
      return after[name] - before[name];
    };
    return {
      cpuPercent: (delta('ThreadTime') * 100) / seconds,
      scriptMsPerS: (delta('ScriptDuration') * 1000) / seconds,
      layoutMsPerS: ((delta('LayoutDuration') + delta('RecalcStyleDuration')) * 1000) / seconds,
      layoutsPerS: delta('LayoutCount') / seconds,
      styleRecalcsPerS: delta('RecalcStyleCount') / seconds,
    };
  } finally {
    await cdp.detach();
  }
}
