import type { ProbeRecords } from './probe-records.ts';

// Shared by the probe's parts (probe.ts explains how they are injected): thresholds and the
// little state the network watch keeps.

declare global {
  interface Window {
    __benchProbe: ProbeRecords;
    /** Reads the sounding contexts' playbackStats into the records (probe-output.ts). */
    __benchRefreshDevice?: () => void;
  }
  // The Live worker's copy (probe-worker.ts).
  var __benchProbe: ProbeRecords | undefined;
}

/** The fake Gemini's voice-activity threshold (frame RMS, 0..1) and frame length at 16 kHz. */
export const VOICED_RMS = 0.02;
export const FRAME_SAMPLES = 320;
export const SAMPLES_PER_MS = 16;
/** Voiced frames closer than this belong to one stretch of speech. */
export const SPEECH_GAP_MS = 200;
/** Audio messages further apart than this start a new reply. */
export const REPLY_GAP_MS = 300;
export const TAP_PROCESSOR = 'bench-output-tap';

export interface ProbeState {
  lastAudioMessageAt: number;
  /** Binary messages whose text is still being read, chained so they are inspected in arrival order. */
  reading: Promise<void>;
}
