// Signals for the energy detector's tests, 16 kHz float: the steady sounds it must not take for
// speech, and espeak-ng speech (Node only; needs espeak-ng and sox, as CI installs) that it must.

import { execFileSync } from 'node:child_process';

export const RATE = 16000;

const length = (seconds: number) => Math.round(seconds * RATE);

/** A pure tone. */
export function tone(hz: number, seconds: number, amplitude = 0.1): Float32Array {
  return Float32Array.from({ length: length(seconds) }, (_, i) => amplitude * Math.sin((2 * Math.PI * hz * i) / RATE));
}

/** Mains hum: a fundamental and 11 harmonics falling off as 1/h (a transformer's or a fan motor's buzz). */
export function hum(hz: number, seconds: number, amplitude = 0.03): Float32Array {
  return Float32Array.from({ length: length(seconds) }, (_, i) => {
    let sum = 0;
    for (let h = 1; h <= 12; h++) sum += Math.sin((2 * Math.PI * hz * h * i) / RATE + h) / h;
    return amplitude * sum;
  });
}

/**
 * Chromium's fake microphone (`--use-fake-device-for-media-stream`), as its BeepingSource makes it
 * (media/audio/simple_sources.cc): every 500 ms, 20 ms of a 400 Hz square wave between the
 * unsigned 8-bit values 128 and 255, i.e. between 0 and +0.99, silence (128) otherwise. The
 * capture path's DC filter then leaves a slow decay after each beep; a one-pole high-pass at
 * 3 Hz gives the ~200 ms tail we recorded from Debian's Chromium 20 ms windows falling from
 * -28 to -60 dBFS; e2e/microphone-beeps.spec.ts checks the room against the real device).
 */
export function chromiumFakeBeeps(seconds: number): Float32Array {
  const periodSamples = Math.round(RATE / 400);
  const raw = Float32Array.from({ length: length(seconds) }, (_, i) => {
    const inCycle = i % (RATE / 2);
    if (inCycle < RATE / 4 - RATE / 50 || inCycle >= RATE / 4) return 0;
    return inCycle % periodSamples < periodSamples / 2 ? 127 / 128 : 0;
  });
  return highPass(raw, 3);
}

/** A first-order high-pass filter (the DC blocker of a capture pipeline). */
export function highPass(input: Float32Array, cutoffHz: number): Float32Array {
  const rc = 1 / (2 * Math.PI * cutoffHz);
  const alpha = rc / (rc + 1 / RATE);
  const out = new Float32Array(input.length);
  let [prevIn, prevOut] = [0, 0];
  input.forEach((x, i) => {
    out[i] = prevOut = alpha * (prevOut + x - prevIn);
    prevIn = x;
  });
  return out;
}

/** Reproducible white noise (a room's hiss) at `amplitude` peak. */
export function noise(seconds: number, amplitude: number, seed = 1): Float32Array {
  let state = seed;
  return Float32Array.from(
    { length: length(seconds) },
    () => (((state = (state * 16807) % 2147483647) / 2147483647) * 2 - 1) * amplitude,
  );
}

/** espeak-ng saying `text` in `voice`, scaled to `rms`. */
export function espeak(text: string, voice: string, wordsPerMinute: number, rms = 0.05): Float32Array {
  const script =
    'espeak-ng -v "$1" -s "$2" --stdout "$3" | sox -t wav - -t raw -r 16000 -c 1 -b 16 -e signed-integer -';
  const raw = execFileSync('sh', ['-c', script, 'sh', voice, String(wordsPerMinute), text], {
    maxBuffer: 64 * 1024 * 1024,
  });
  const pcm = new Int16Array(raw.buffer, raw.byteOffset, raw.byteLength >> 1);
  const samples = Float32Array.from(pcm, (s) => s / 32768);
  const power = samples.reduce((sum, s) => sum + s * s, 0) / Math.max(1, samples.length);
  const gain = rms / Math.sqrt(Math.max(power, 1e-12));
  return samples.map((s) => s * gain);
}

/** `parts` one after another. */
export function concat(...parts: Float32Array[]): Float32Array {
  const out = new Float32Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** `a` and `b` summed sample by sample (the shorter padded with silence). */
export function mix(a: Float32Array, b: Float32Array): Float32Array {
  return Float32Array.from({ length: Math.max(a.length, b.length) }, (_, i) => (a[i] ?? 0) + (b[i] ?? 0));
}
