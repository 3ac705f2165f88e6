import type { Page } from 'playwright';
import { metricsOverWindow } from '../support/metrics-window.ts';

// The renderer's own counters over a window: main-thread CPU time, script time, and layout and
// style work, each per second of wall time. Layout counts every layout the page did, forced ones
// included, so a component that reads layout after writing it shows up here as more layouts than
// frames.

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

export async function rendererShare(page: Page, windowMs: number): Promise<RendererShare> {
  const { seconds, delta } = await metricsOverWindow(page, windowMs);
  return {
    cpuPercent: (delta('ThreadTime') * 100) / seconds,
    scriptMsPerS: (delta('ScriptDuration') * 1000) / seconds,
    layoutMsPerS: ((delta('LayoutDuration') + delta('RecalcStyleDuration')) * 1000) / seconds,
    layoutsPerS: delta('LayoutCount') / seconds,
    styleRecalcsPerS: delta('RecalcStyleCount') / seconds,
  };
}
