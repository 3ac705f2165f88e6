import { emptyProbeRecords } from './probe-empty.ts';
import { watchSockets } from './probe-network.ts';

// Runs inside a worker the page starts (the Live worker owns the session's WebSocket): the same
// socket watch as on the page, recording into the worker's own `__benchProbe` on the worker's
// clock. Its audio sends are paired with the page's chunks in Node by fingerprint, as the page's
// own are (bench/live/worker-records.ts).

export function installWorkerProbe(): void {
  if (globalThis.__benchProbe) return;
  const records = emptyProbeRecords();
  globalThis.__benchProbe = records;
  watchSockets(records, { lastAudioMessageAt: Number.NEGATIVE_INFINITY, reading: Promise.resolve() });
}
