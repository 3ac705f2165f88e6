// Loudness of a block of samples, for meters and the interviewer's "speaking" visual.

/** Root mean square of float samples; 0 for an empty block. */
export function rms(samples: Float32Array): number {
  if (samples.length === 0) return 0;
  let sum = 0;
  for (let i = 0; i < samples.length; i++) {
    const s = samples[i] ?? 0;
    sum += s * s;
  }
  return Math.sqrt(sum / samples.length);
}

/**
 * Meter ballistics: rise at once so speech onsets show immediately, fall with a time constant
 * (`releaseSeconds`) so the meter does not flicker between syllables.
 */
export function smoothLevel(previous: number, current: number, elapsedSeconds: number, releaseSeconds = 0.15): number {
  if (current >= previous) return Math.min(current, 1);
  const decay = Math.exp(-elapsedSeconds / releaseSeconds);
  return Math.max(current, previous * decay);
}
