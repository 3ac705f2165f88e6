// A live input level for the mic check: the stream goes through an AnalyserNode and is read
// once per animation frame. Nothing is recorded or sent anywhere.
import { rms, smoothLevel } from '../lib/pcm-level';

/** Maps RMS to 0..1 on a decibel scale: -60 dBFS (silence) to 0, -6 dBFS (loud speech) to 0.9. */
export function levelFromRms(value: number): number {
  if (value <= 0) return 0;
  const db = 20 * Math.log10(value);
  return Math.min(1, Math.max(0, (db + 60) / 60));
}

export interface MicLevelMeter {
  stop(): void;
}

export function makeMicLevelMeter(stream: MediaStream, onLevel: (level: number) => void): MicLevelMeter {
  const context = new AudioContext();
  const source = context.createMediaStreamSource(stream);
  const analyser = context.createAnalyser();
  analyser.fftSize = 2048;
  source.connect(analyser);
  const samples = new Float32Array(analyser.fftSize);
  let level = 0;
  let last = performance.now();
  let frame = 0;
  const tick = (now: number) => {
    analyser.getFloatTimeDomainData(samples);
    level = smoothLevel(level, levelFromRms(rms(samples)), (now - last) / 1000);
    last = now;
    onLevel(level);
    frame = requestAnimationFrame(tick);
  };
  frame = requestAnimationFrame(tick);
  void context.resume().catch(() => undefined);
  return {
    stop() {
      cancelAnimationFrame(frame);
      source.disconnect();
      void context.close().catch(() => undefined);
    },
  };
}
