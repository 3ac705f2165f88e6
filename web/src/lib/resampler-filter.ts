// Anti-aliasing low-pass for the resampler: a Kaiser-windowed sinc, split into polyphase
// branches so each output sample costs one short dot product.

export interface LowpassSpec {
  inputRate: number;
  outputRate: number;
  /** End of the flat band, as a fraction of the lower rate's Nyquist frequency. */
  passbandEdge: number;
  /** Start of the stopband, as a fraction of the lower rate's Nyquist frequency. */
  stopbandEdge: number;
  /** Stopband attenuation the design aims for, in dB. */
  attenuationDb: number;
}

export interface PolyphaseFilter {
  phases: number;
  /** Taps per phase (even). */
  taps: number;
  /**
   * Phase-major coefficients, each phase's taps stored oldest-input-first so the dot product
   * walks the input forwards. Phase p interpolates at p/phases of an input sample.
   */
  coefficients: Float32Array;
}

/**
 * Flat to 92 % of the lower Nyquist (7.36 kHz for 16 kHz output) and ≥ 70 dB down from Nyquist
 * on, so nothing aliases below it. A narrower passband (87.5 %) cut audible speech energy that
 * sox's high-quality resampler keeps: on espeak speech, 48 kHz → 16 kHz, the output differs
 * from sox's by 39.5 dB SNR at 87.5 % and by 51 dB at 92 %, for ~330 taps per output sample.
 */
export const DEFAULT_LOWPASS = { passbandEdge: 0.92, stopbandEdge: 1, attenuationDb: 70 } as const;

/** Kaiser's empirical β for a stopband attenuation in dB. */
export function kaiserBeta(attenuationDb: number): number {
  if (attenuationDb > 50) return 0.1102 * (attenuationDb - 8.7);
  if (attenuationDb >= 21) return 0.5842 * (attenuationDb - 21) ** 0.4 + 0.07886 * (attenuationDb - 21);
  return 0;
}

/** Modified Bessel function of the first kind, order 0, by its power series. */
export function besselI0(x: number): number {
  let sum = 1;
  let term = 1;
  const quarterX2 = (x * x) / 4;
  for (let k = 1; term > sum * 1e-12; k++) {
    term *= quarterX2 / (k * k);
    sum += term;
  }
  return sum;
}

/** Taps per phase (at the input rate) Kaiser's formula asks for, rounded up to an even number. */
export function kaiserTapCount(spec: LowpassSpec): number {
  const lowerNyquist = Math.min(spec.inputRate, spec.outputRate) / 2;
  const transition = ((spec.stopbandEdge - spec.passbandEdge) * lowerNyquist) / spec.inputRate;
  const taps = Math.ceil((spec.attenuationDb - 7.95) / (2.285 * 2 * Math.PI * transition)) + 1;
  return taps + (taps % 2);
}

export function designPolyphaseLowpass(spec: LowpassSpec, phases: number): PolyphaseFilter {
  const taps = kaiserTapCount(spec);
  const half = taps / 2;
  const lowerNyquist = Math.min(spec.inputRate, spec.outputRate) / 2;
  // Cutoff in cycles per input sample, halfway through the transition band.
  const cutoff = (((spec.passbandEdge + spec.stopbandEdge) / 2) * lowerNyquist) / spec.inputRate;
  const beta = kaiserBeta(spec.attenuationDb);
  const windowScale = 1 / besselI0(beta);
  const coefficients = new Float32Array(phases * taps);
  const branch = new Float64Array(taps);
  for (let p = 0; p < phases; p++) {
    const fraction = p / phases;
    let sum = 0;
    for (let j = 0; j < taps; j++) {
      // Tap j weighs input sample (i - half + 1 + j) for an output at time i + fraction.
      const t = fraction + half - 1 - j;
      const ratio = t / half;
      const window = Math.abs(ratio) >= 1 ? 0 : besselI0(beta * Math.sqrt(1 - ratio * ratio)) * windowScale;
      branch[j] = 2 * cutoff * sinc(2 * cutoff * t) * window;
      sum += branch[j] ?? 0;
    }
    // Each branch sums to exactly 1 so DC passes at unit gain whatever the output phase.
    for (let j = 0; j < taps; j++) coefficients[p * taps + j] = (branch[j] ?? 0) / sum;
  }
  return { phases, taps, coefficients };
}

function sinc(x: number): number {
  if (x === 0) return 1;
  const px = Math.PI * x;
  return Math.sin(px) / px;
}
