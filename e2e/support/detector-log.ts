import type { Page } from 'playwright/test';

// Reads what the room's voice-activity worker tells the page, by a listener added beside the
// app's own (the app's code is unchanged): its events, its model's load status and its stream
// position.

export interface DetectorMessage {
  type: string;
  event?: { type: string; streamMs?: number; kind?: string };
  status?: string;
  streamMs?: number;
}

declare global {
  interface Window {
    voiceActivityLog: DetectorMessage[];
  }
}

/** Starts logging the worker's messages in every page this page loads (call before opening the room). */
export async function logDetector(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.voiceActivityLog = [];
    const Native = window.Worker;
    window.Worker = class extends Native {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        if (options?.name === 'voice-activity')
          this.addEventListener('message', (e: MessageEvent<DetectorMessage>) => window.voiceActivityLog.push(e.data));
      }
    };
  });
}

export const detectorLog = (page: Page): Promise<DetectorMessage[]> => page.evaluate(() => window.voiceActivityLog);

/** The detector's events so far. */
export const detectorEvents = async (page: Page): Promise<NonNullable<DetectorMessage['event']>[]> =>
  (await detectorLog(page)).flatMap((m) => (m.type === 'event' && m.event ? [m.event] : []));
