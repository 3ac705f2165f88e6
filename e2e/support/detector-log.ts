import type { Page } from 'playwright/test';

// Reads what the room's voice-activity worker tells the page, by a listener added beside the
// app's own (the app's code is unchanged): its events, its model's load status and its stream
// position. The worker reports its position only while the room times a turn
// (services/voice-activity/position-reports.ts); followDetectorStream asks for it meanwhile.

export interface DetectorMessage {
  type: string;
  event?: { type: string; streamMs?: number; kind?: string };
  status?: string;
  streamMs?: number;
}

declare global {
  interface Window {
    voiceActivityLog: DetectorMessage[];
    voiceActivityWorker?: Worker;
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
        if (options?.name !== 'voice-activity') return;
        window.voiceActivityWorker = this;
        this.addEventListener('message', (e: MessageEvent<DetectorMessage>) => window.voiceActivityLog.push(e.data));
      }
    };
  });
}

/**
 * Asks the worker for its position from now on, as the room does while it times an answer: for
 * a spec that must know how much audio the detector has heard while the room waits for one.
 */
export async function followDetectorStream(page: Page): Promise<void> {
  await page.evaluate(() => {
    if (!window.voiceActivityWorker) throw new Error('no voice-activity worker yet');
    window.voiceActivityWorker.postMessage({ type: 'follow-stream', on: true });
  });
}

export const detectorLog = (page: Page): Promise<DetectorMessage[]> => page.evaluate(() => window.voiceActivityLog);

/** The detector's events so far. */
export const detectorEvents = async (page: Page): Promise<NonNullable<DetectorMessage['event']>[]> =>
  (await detectorLog(page)).flatMap((m) => (m.type === 'event' && m.event ? [m.event] : []));
