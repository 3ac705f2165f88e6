// Whether the replica is talking, for the interviewer panel. Tavus's own started/stopped
// speaking events are exact when they arrive, but it is not certain they do in echo mode, so
// the replica's audio level (from Daily's observer) stands in until the first one is seen.

import type { Clock, TimerId } from '../../lib/clock';

export interface SpeakingDetectorOptions {
  clock: Clock;
  onChange: (speaking: boolean, source: 'tavus' | 'level') => void;
  /** Level (0..1) above which the replica counts as speaking; room noise is far below it. */
  threshold?: number;
  /**
   * How long the level must stay low before speaking ends: longer than the pauses between
   * words, so the panel does not flicker within a sentence.
   */
  releaseMs?: number;
}

export interface SpeakingDetector {
  fromTavus(speaking: boolean): void;
  fromLevel(level: number): void;
  dispose(): void;
}

export function createSpeakingDetector(opts: SpeakingDetectorOptions): SpeakingDetector {
  const threshold = opts.threshold ?? 0.02;
  const releaseMs = opts.releaseMs ?? 400;
  let speaking = false;
  let tavusSeen = false;
  let release: TimerId | undefined;

  function cancelRelease() {
    if (release !== undefined) opts.clock.clearTimeout(release);
    release = undefined;
  }

  function set(next: boolean, source: 'tavus' | 'level') {
    if (next === speaking) return;
    speaking = next;
    opts.onChange(next, source);
  }

  return {
    fromTavus(next) {
      tavusSeen = true;
      cancelRelease();
      set(next, 'tavus');
    },
    fromLevel(level) {
      if (tavusSeen) return;
      if (level >= threshold) {
        cancelRelease();
        set(true, 'level');
      } else if (speaking && release === undefined) {
        release = opts.clock.setTimeout(() => {
          release = undefined;
          set(false, 'level');
        }, releaseMs);
      }
    },
    dispose: cancelRelease,
  };
}
