// espeak-ng speech at 16 kHz for the turns bench: each piece spoken on its own and trimmed to
// its voiced part, so the corpus knows exactly where every clause starts and ends.

import { execFileSync } from 'node:child_process';

export const RATE = 16_000;
/** Below this RMS (a 10 ms frame) espeak's output is silence: its own lead-in and tail. */
const SILENT_RMS = 0.003;

export interface Voice {
  /** espeak-ng voice name. */
  name: string;
  wordsPerMinute: number;
}

/** sox's description of the samples this file works in: raw 16 kHz mono signed 16-bit. */
const RAW_PCM16 = ['-t', 'raw', '-r', String(RATE), '-c', '1', '-b', '16', '-e', 'signed-integer'];

function toFloat(raw: Buffer): Float32Array {
  const pcm = new Int16Array(raw.buffer, raw.byteOffset, raw.byteLength >> 1);
  return Float32Array.from(pcm, (s) => s / 32768);
}

/** Speaks `text` and returns 16 kHz float samples. */
export function speak(text: string, voice: Voice): Float32Array {
  // espeak-ng's WAV piped through sox; the first three arguments are espeak's, the rest sox's output format.
  const script = 'v=$1 r=$2 t=$3; shift 3; espeak-ng -v "$v" -s "$r" --stdout "$t" | sox -t wav - "$@" -';
  const args = ['-c', script, 'sh', voice.name, String(voice.wordsPerMinute), text, ...RAW_PCM16];
  return toFloat(execFileSync('sh', args, { maxBuffer: 64 * 1024 * 1024 }));
}

/** The samples from the first to the last voiced 10 ms frame. */
export function trimSilence(samples: Float32Array): Float32Array {
  const frame = RATE / 100;
  const loud: number[] = [];
  for (let at = 0; at + frame <= samples.length; at += frame)
    if (rms(samples.subarray(at, at + frame)) > SILENT_RMS) loud.push(at);
  const first = loud[0];
  const last = loud.at(-1);
  return first === undefined || last === undefined ? new Float32Array(0) : samples.slice(first, last + frame);
}

export function rms(samples: Float32Array): number {
  let sum = 0;
  for (const s of samples) sum += s * s;
  return samples.length > 0 ? Math.sqrt(sum / samples.length) : 0;
}

/** Scales `samples` in place so their RMS is `targetRms`. */
export function normalise(samples: Float32Array, targetRms: number): Float32Array {
  const gain = targetRms / Math.max(rms(samples), 1e-9);
  for (let i = 0; i < samples.length; i++) samples[i] = (samples[i] ?? 0) * gain;
  return samples;
}

/** espeak's own pause between two sentences for this voice and rate, in ms. */
export function sentenceGapMs(voice: Voice): number {
  const one = trimSilence(speak('We shipped it.', voice)).length;
  const two = trimSilence(speak('We shipped it. We shipped it.', voice)).length;
  return Math.max(0, Math.round(((two - 2 * one) * 1000) / RATE));
}

/** sox's pink noise, `seconds` long, at RMS `targetRms`. */
export function pinkNoise(seconds: number, targetRms: number): Float32Array {
  const args = ['-n', ...RAW_PCM16, '-', 'synth', seconds.toFixed(2), 'pinknoise', 'vol', '0.5'];
  return normalise(toFloat(execFileSync('sox', args, { maxBuffer: 256 * 1024 * 1024 })), targetRms);
}
