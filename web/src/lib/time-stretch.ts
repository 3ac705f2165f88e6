// Pitch-preserving lengthening of speech by whole pitch periods (a time-domain overlap-add, the
// idea behind WSOLA and WebRTC's "preemptive expand"): to play T samples longer at position p, the
// period just played, x[p-T..p), is played once more, with its first samples cross-faded from
// the signal that would have followed (x[p..p+C)) into the repeat. Because T is the lag at which
// the signal best matches itself, the repeat continues the waveform, so the pitch is unchanged
// and there is no click; the output then goes on with x[p] exactly. Everything outside the
// inserted block is the input, sample for sample.

/**
 * The lag in [minLag, maxLag] at which the last `window` samples of `history` best match the
 * `window` samples that lag earlier (normalised cross-correlation). A coarse search on every
 * `step`-th sample and lag, then every lag near the best: a few tens of thousands of
 * multiplications, fit for the audio thread. `history` must hold at least maxLag + window samples.
 */
export function bestLag(history: Float32Array, window: number, minLag: number, maxLag: number, step = 4): number {
  let best = minLag;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (let lag = minLag; lag <= maxLag; lag += Math.max(1, step >> 1)) {
    const score = similarity(history, window, lag, step);
    // On a tie (silence matches at every lag) the longer lag: more time gained per splice.
    if (score >= bestScore) [best, bestScore] = [lag, score];
  }
  const coarse = best;
  bestScore = similarity(history, window, coarse);
  for (let lag = Math.max(minLag, coarse - step); lag <= Math.min(maxLag, coarse + step); lag++) {
    const score = similarity(history, window, lag);
    if (score > bestScore || (score === bestScore && lag > best)) [best, bestScore] = [lag, score];
  }
  return best;
}

/** Normalised correlation of the last `window` samples with those `lag` earlier, on every `step`-th sample. */
export function similarity(history: Float32Array, window: number, lag: number, step = 1): number {
  const end = history.length;
  let cross = 0;
  let a2 = 0;
  let b2 = 0;
  for (let i = end - window; i < end; i += step) {
    const a = history[i] ?? 0;
    const b = history[i - lag] ?? 0;
    cross += a * b;
    a2 += a * a;
    b2 += b * b;
  }
  // Silence matches anything: lengthening it is what we want most.
  return a2 * b2 > 0 ? cross / Math.sqrt(a2 * b2) : 1;
}

/**
 * The `lag` samples to play before `ahead[0]`, so the output lengthens by `lag` (see above):
 * the last `lag` samples of `history` again, their first `ahead.length` (at most `lag`) cross-faded in
 * from `ahead`, the samples that come next. Written into `out` (length `lag`).
 */
export function repeatedPeriod(history: Float32Array, ahead: Float32Array, lag: number, out: Float32Array): void {
  const from = history.length - lag;
  const fade = Math.min(lag, ahead.length);
  for (let i = 0; i < lag; i++) {
    const repeat = history[from + i] ?? 0;
    if (i >= fade) {
      out[i] = repeat;
      continue;
    }
    const w = (i + 1) / (fade + 1);
    out[i] = (ahead[i] ?? 0) * (1 - w) + repeat * w;
  }
}
