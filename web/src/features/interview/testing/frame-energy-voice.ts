// A plain frame-energy voice detector for tests that feed recorded audio through the speaking
// times, standing in until the app's own detector core can run in Node. The pass it makes:
// - 20 ms frames (320 samples at 16 kHz); a frame is voiced when its RMS is above -40 dBFS;
// - speech starts at the first of 2 voiced frames in a row (40 ms minimum speech);
// - speech ends at the end of the last voiced frame once 300 ms have passed without one (the
//   hangover), so silences shorter than that stay inside the span, as gaps between words do;
// - voicedMs counts the voiced frames of the span.
// It emits the VoiceActivityDetector's events, on the stream clock (ms of audio consumed).

import type { VoiceActivityEvent } from '../../../services/voice-activity/types';

const SAMPLE_RATE = 16_000;
const FRAME_SAMPLES = 320;
const FRAME_MS = (FRAME_SAMPLES / SAMPLE_RATE) * 1000;
const THRESHOLD_DBFS = -40;
const MIN_SPEECH_FRAMES = 2;
const HANGOVER_FRAMES = 15;

function frameDbfs(pcm: Int16Array, from: number): number {
  let sum = 0;
  for (let i = from; i < from + FRAME_SAMPLES; i++) sum += ((pcm[i] ?? 0) / 32768) ** 2;
  return 10 * Math.log10(sum / FRAME_SAMPLES + 1e-12);
}

/** Runs the whole recording through the pass; `onEvent` also gets the stream time consumed. */
export function detectFrameEnergy(
  pcm: Int16Array,
  onEvent: (event: VoiceActivityEvent, streamNowMs: number) => void,
): void {
  let run = 0;
  let span: { startFrame: number; lastVoiced: number; voicedFrames: number } | undefined;
  const frames = Math.floor(pcm.length / FRAME_SAMPLES);
  for (let f = 0; f < frames; f++) {
    const voiced = frameDbfs(pcm, f * FRAME_SAMPLES) > THRESHOLD_DBFS;
    const nowMs = (f + 1) * FRAME_MS;
    run = voiced ? run + 1 : 0;
    if (span) {
      if (voiced) span.lastVoiced = f;
      if (voiced) span.voicedFrames++;
      if (f - span.lastVoiced >= HANGOVER_FRAMES) {
        onEvent(
          { type: 'speech-end', streamMs: (span.lastVoiced + 1) * FRAME_MS, voicedMs: span.voicedFrames * FRAME_MS },
          nowMs,
        );
        span = undefined;
      }
    } else if (run === MIN_SPEECH_FRAMES) {
      span = { startFrame: f - 1, lastVoiced: f, voicedFrames: run };
      onEvent({ type: 'speech-start', streamMs: span.startFrame * FRAME_MS }, nowMs);
    }
  }
  if (span)
    onEvent(
      { type: 'speech-end', streamMs: (span.lastVoiced + 1) * FRAME_MS, voicedMs: span.voicedFrames * FRAME_MS },
      frames * FRAME_MS,
    );
}
