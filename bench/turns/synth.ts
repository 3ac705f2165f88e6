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

/** Speaks `text` and returns 16 kHz float samples. */
export function speak(text: string, voice: Voice): Float32Array {
  const raw = execFileSync(
    'sh',
    [
      '-c',
      'espeak-ng -v "$1" -s "$2" --stdout "$3" | sox -t wav - -t raw -r 16000 -c 1 -b 16 -e signed-integer -',
      'sh',
      voice.name,
      String(voice.wordsPerMinute),
      text,
    ],
    {
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const pcm = new Int16Array(raw.buffer, raw.byteOffset, raw.byteLength >> 1);
  return Float32Array.from(pcm, (s) => s / 32768);
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
  const raw = execFileSync(
    'sox',
    [
      '-n',
      '-t',
      'raw',
      '-r',
      '16000',
      '-c',
      '1',
      '-b',
      '16',
      '-e',
      'signed-integer',
      '-',
      'synth',
      seconds.toFixed(2),
      'pinknoise',
      'vol',
      '0.5',
    ],
    {
      maxBuffer: 256 * 1024 * 1024,
    },
  );
  const pcm = new Int16Array(raw.buffer, raw.byteOffset, raw.byteLength >> 1);
  return normalise(
    Float32Array.from(pcm, (s) => s / 32768),
    targetRms,
  );
}
