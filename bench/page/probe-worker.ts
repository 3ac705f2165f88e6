import { emptyProbeRecords } from './probe-empty.ts';
import { watchCaptureFrames } from './probe-frames.ts';
import { watchSockets } from './probe-network.ts';

// Runs inside a worker the page starts (the Live worker owns the session's WebSocket): the same
// socket watch as on the page, recording into the worker's own `__benchProbe` on the worker's
// clock, and the capture frames the worker receives from the capture worklet (probe-frames.ts). Its
// audio sends are paired with those frames in Node by fingerprint, as the page's own are with its
// chunks (bench/live/worker-records.ts).

export function installWorkerProbe(): void {
  if (globalThis.__benchProbe) return;
  const records = emptyProbeRecords();
  globalThis.__benchProbe = records;
  watchSockets(records, { lastAudioMessageAt: Number.NEGATIVE_INFINITY, reading: Promise.resolve() });
  watchCaptureFrames(records);
}
