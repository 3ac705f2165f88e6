import type { Page } from 'playwright';
import { metricsOverWindow } from '../support/metrics-window.ts';

// Main-thread time of the page's renderer over a wall-clock window, from Chromium's own
// counters: "ThreadTime" is the main thread's CPU time, and "TaskDuration" the wall time it
// spent running tasks, which also grows while the thread waits for a CPU on a busy machine.
// Both as a percentage of the window.

export interface MainThreadShare {
  cpuPercent: number;
  busyPercent: number;
}

export async function mainThreadShare(page: Page, windowMs: number): Promise<MainThreadShare> {
  const { seconds, delta } = await metricsOverWindow(page, windowMs);
  const percent = (name: string): number => (delta(name) * 100) / seconds;
  return { cpuPercent: percent('ThreadTime'), busyPercent: percent('TaskDuration') };
}
