import type { Page } from 'playwright';

// The page's memory as Chromium counts it, after a forced garbage collection so that only what
// is still reachable is counted: JS heap in use, DOM nodes and event listeners.

export interface BrowserMemory {
  jsHeapMb: number;
  domNodes: number;
  listeners: number;
}

export async function browserMemory(page: Page): Promise<BrowserMemory> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const metrics = Object.fromEntries(
      (await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]),
    );
    return {
      jsHeapMb: (metrics.JSHeapUsedSize ?? Number.NaN) / 2 ** 20,
      domNodes: metrics.Nodes ?? Number.NaN,
      listeners: metrics.JSEventListeners ?? Number.NaN,
    };
  } finally {
    await cdp.detach();
  }
}
