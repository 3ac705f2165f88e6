// A deterministic stand-in for the interviewer's voice: a few harmonics under a syllable
// envelope. It is loud and bursty like speech, so level meters, the player's underrun
// handling and an avatar's mouth all have something realistic to react to.

export const OUTPUT_SAMPLE_RATE = 24_000;

export interface VoiceOptions {
  /** Spoken length per character of text; ~55 ms is a calm speaking rate. */
  msPerChar: number;
  /** Peak level, 0..1 of full scale. */
  peak: number;
  /**
   * A bench-only property, not the real service's: when above 0, a dither floor of up to this
   * many PCM16 steps (±3 is about −80 dBFS) runs under the whole utterance, so it never holds a
   * run of digital silence. Then a run of exact zeros at a player's output, between a reply's first
   * and last sample, can only be the player starving (bench/page/output-gaps.ts). 0: none (e2e).
   */
  floorSteps?: number;
}

export const DEFAULT_VOICE: VoiceOptions = { msPerChar: 55, peak: 0.35 };

/** A small stable hash so each sentence gets its own (repeatable) pitch. */
function hashText(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** Syllable envelope: rounded bumps about 4 per second with short dips between them. */
function syllableGain(t: number, syllableSec: number): number {
  const phase = (t % syllableSec) / syllableSec;
  const bump = Math.sin(Math.PI * Math.min(1, phase / 0.85));
  return bump * bump;
}

/** Fade-in/out over 10 ms so an utterance never starts or ends with a click. */
function edgeGain(i: number, total: number, rate: number): number {
  const fade = Math.round(rate * 0.01);
  return Math.min(1, i / fade, (total - 1 - i) / fade);
}

/** Mono PCM16 at 24 kHz whose length is proportional to the text. */
export function synthesizeUtterance(text: string, opts: VoiceOptions = DEFAULT_VOICE): Int16Array {
  const rate = OUTPUT_SAMPLE_RATE;
  const seconds = Math.max(0.3, (text.length * opts.msPerChar) / 1000);
  const total = Math.round(seconds * rate);
  const hash = hashText(text);
  const f0 = 110 + (hash % 60);
  const syllableSec = 0.22 + ((hash >> 8) % 8) / 100;
  const harmonics = [1, 0.6, 0.35, 0.2, 0.1];
  const norm = harmonics.reduce((a, b) => a + b, 0);
  const pcm = new Int16Array(total);
  for (let i = 0; i < total; i++) {
    const t = i / rate;
    // A slow pitch glide keeps it from sounding like a test tone.
    const pitch = f0 * (1 + 0.05 * Math.sin(2 * Math.PI * 0.7 * t));
    let s = 0;
    harmonics.forEach((amp, k) => {
      s += amp * Math.sin(2 * Math.PI * pitch * (k + 1) * t);
    });
    const gain = opts.peak * syllableGain(t, syllableSec) * Math.max(0, edgeGain(i, total, rate));
    pcm[i] = Math.round((s / norm) * gain * 32767);
  }
  if (opts.floorSteps) addFloor(pcm, opts.floorSteps, hash);
  return pcm;
}

/** Repeatable dither in [-steps, steps], never 0 where it lands on a silent sample. */
function addFloor(pcm: Int16Array, steps: number, seed: number): void {
  let s = seed || 1;
  for (let i = 0; i < pcm.length; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const step = 1 + ((s >>> 8) % steps);
    const sign = s & 0x10000 ? 1 : -1;
    pcm[i] = (pcm[i] ?? 0) + sign * step;
  }
}
