import type { ProbeRecords } from './probe-records.ts';

// The probe's records before anything happened: one shape for the page, the worker and tests.

export function emptyProbeRecords(): ProbeRecords {
  return {
    captures: [],
    frames: [],
    captureClocks: [],
    speech: [],
    replyStarts: [],
    onsets: [],
    outputGaps: [],
    sockets: [],
    goAways: [],
    sends: [],
    activityStarts: [],
    activityEnds: [],
    unmatchedSends: 0,
    ambiguousSends: 0,
    uninspectedMessages: 0,
    cappedCaptureTimes: 0,
    playerUnderruns: 0,
    playerStretch: { inserted: 0, played: 0, maxRate: 0 },
    device: { underrunEvents: 0, underrunMs: 0 },
    baselineUnderruns: 0,
  };
}
