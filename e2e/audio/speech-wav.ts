// A spoken fake-microphone fixture and the signal maths to compare what the browser captured
// with it.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Speaks `text` with espeak-ng and pads it with a second of silence on each side at 48 kHz mono
 * PCM16 (a known onset). Reuses the file when it already exists.
 */
export function makeSpeechWav(dir: string, name: string, text: string): string {
  mkdirSync(dir, { recursive: true });
  const wav = join(dir, `${name}.wav`);
  if (existsSync(wav)) return wav;
  const raw = join(dir, `${name}-raw.wav`);
  execFileSync('espeak-ng', ['-s', '150', '-w', raw, text]);
  execFileSync('sox', [raw, '-r', '48000', '-c', '1', '-b', '16', wav, 'pad', '1.0', '1.0']);
  return wav;
}

/** Reads a PCM16 mono WAV into float samples. */
export function readWav(path: string): { rate: number; samples: Float32Array } {
  const bytes = readFileSync(path);
  let at = 12;
  let rate = 0;
  while (at + 8 <= bytes.length) {
    const id = bytes.toString('ascii', at, at + 4);
    const size = bytes.readUInt32LE(at + 4);
    if (id === 'fmt ') rate = bytes.readUInt32LE(at + 12);
    if (id === 'data') {
      const samples = new Float32Array(Math.floor(size / 2));
      for (let i = 0; i < samples.length; i++) samples[i] = bytes.readInt16LE(at + 8 + i * 2) / 32768;
      return { rate, samples };
    }
    at += 8 + size + (size % 2);
  }
  throw new Error(`${path}: no data chunk`);
}

/** RMS of consecutive frames of `frame` samples. */
export function envelope(samples: Float32Array, frame: number): number[] {
  const out: number[] = [];
  for (let at = 0; at + frame <= samples.length; at += frame) {
    let sum = 0;
    for (let i = at; i < at + frame; i++) sum += (samples[i] ?? 0) ** 2;
    out.push(Math.sqrt(sum / frame));
  }
  return out;
}

/** Pearson correlation of `captured` against `reference` shifted by each lag; the best one. */
export function bestAlignment(reference: number[], captured: number[], maxLag: number): { lag: number; r: number } {
  let best = { lag: 0, r: -1 };
  for (let lag = -maxLag; lag <= maxLag; lag++) {
    const pairs: [number, number][] = [];
    captured.forEach((c, i) => {
      const ref = reference[i + lag];
      if (ref !== undefined) pairs.push([ref, c]);
    });
    const r = pearson(pairs);
    if (r > best.r) best = { lag, r };
  }
  return best;
}

function pearson(pairs: [number, number][]): number {
  if (pairs.length < 10) return -1;
  const n = pairs.length;
  const mx = pairs.reduce((s, [x]) => s + x, 0) / n;
  const my = pairs.reduce((s, [, y]) => s + y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (const [x, y] of pairs) {
    sxy += (x - mx) * (y - my);
    sxx += (x - mx) ** 2;
    syy += (y - my) ** 2;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : -1;
}
