// What every detector (energy, Silero, fvad) does to one window of audio: say how likely it is
// to be speech. The segmenter (speech-segmenter.ts) turns those figures into speech-start and
// speech-end events, the same way for each.

import type { VoiceActivityKind } from './types';

export interface FrameClassifier {
  readonly kind: VoiceActivityKind;
  /** Samples per window at 16 kHz (Silero v5: 512; energy and fvad: 320). */
  readonly windowSamples: number;
  /** Speech probability of one window, 0..1 (fvad answers 0 or 1). */
  classify(window: Float32Array): number | Promise<number>;
  /** The interviewer is playing: some detectors have a stricter mode for echo. */
  setEchoGuard?(on: boolean): void;
  /** Frees model memory; the classifier is not used afterwards. */
  release?(): void;
}
