// The Live session's own thread. Loaded by live-worker-factory.ts through Vite's `?worker`;
// everything it does is in live-worker-host.ts, which the tests drive without a worker.

import { intervalScheduler } from '../../../lib/frame-scheduler';
import { createGenaiLiveClientFactory } from '../genai-live-client';
import { createLiveWorkerHost } from './live-worker-host';
import { receiveFramesAsArrayBuffers } from './array-buffer-frames';
import type { WorkerReport } from './worker-messages';

receiveFramesAsArrayBuffers(self);

const host = createLiveWorkerHost({
  post: (report: WorkerReport, transfer: Transferable[] = []) => self.postMessage(report, { transfer }),
  createClient: (request, api) => createGenaiLiveClientFactory(api)(request),
  // A worker has no display to follow: a timer of about one frame batches its reports.
  scheduler: intervalScheduler(),
  onClosed: () => self.close(),
});

self.addEventListener('message', (event: MessageEvent<unknown>) => host.receive(event.data));

// Fetched while the worker waits for its session, so the first connect does not wait for it
// (genai-connection.ts imports it again; the module is loaded once).
void import('@google/genai').catch(() => undefined);
