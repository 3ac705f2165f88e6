// The voice-activity seam: what the browser-side detector tells the interview about the
// candidate's speech. Times are on the capture stream's own clock (milliseconds of audio since
// the microphone started, counted from samples), so main-thread delays never shift them.
// Real detectors run in a worker fed by the capture worklet; tests use a scripted fake
// (testing/scripted-detector.ts).

import type { MicSource } from '../audio/types';

/** Which detector produced the events (the bench and the room's diagnostics print it). */
export type VoiceActivityKind = 'silero' | 'energy' | 'fvad';

export type VoiceActivityEvent =
  /** Voiced speech began at `streamMs` (already past the detector's minimum speech length). */
  | { type: 'speech-start'; streamMs: number }
  /**
   * Voiced speech stopped at `streamMs` (the last voiced frame's end). `voicedMs` counts the
   * voiced audio since the matching speech-start, without the detector's hangover.
   */
  | { type: 'speech-end'; streamMs: number; voicedMs: number }
  /** The detector in use changed (e.g. Silero finished loading and replaced the energy one). */
  | { type: 'detector'; kind: VoiceActivityKind };

export interface VoiceActivityDetector {
  /** The detector running now; 'energy' until a model-based one has loaded (or for good if it cannot). */
  kind(): VoiceActivityKind;
  /** Subscribes to events; returns an unsubscribe function. */
  on(cb: (event: VoiceActivityEvent) => void): () => void;
  /**
   * The interviewer's voice is playing: the detector asks for more evidence (higher threshold,
   * longer minimum speech) so echo from speakers does not count as the candidate barging in.
   */
  setInterviewerPlaying(playing: boolean): void;
  /**
   * Milliseconds of capture audio the detector has consumed (its stream time). It moves with
   * every event, and between events only while the stream is followed.
   */
  streamMs(): number;
  /**
   * Whether the caller needs streamMs() kept fresh between events (it times a turn now). Followed
   * until told otherwise; reporting the time costs the page a task every 20 ms of audio.
   */
  followStream(on: boolean): void;
  close(): void;
}

/**
 * Makes detectors. The app's real one runs Silero (or its energy fallback) in a worker; it is
 * loaded lazily, so main.tsx hands features a loader for it rather than the module itself.
 */
export interface VoiceActivityService {
  /** Starts the detector's worker early (setup calls it); the model loads once setup has stayed open a few seconds. Idempotent. */
  preload(): void;
  /**
   * A detector on this microphone's capture stream. Call before or after `mic.start()`; it
   * listens whenever the microphone runs. Returns undefined when the source cannot feed a
   * detector (it has no `addCaptureConsumer`, as with the benchmark's baseline path).
   */
  open(mic: Pick<MicSource, 'addCaptureConsumer'>): VoiceActivityDetector | undefined;
}
