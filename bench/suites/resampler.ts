import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT } from '../../e2e/support/token-server-process.ts';
import { speechWav } from '../../e2e/support/speech.ts';
import { toFigure } from '../figure.ts';
import type { Figure } from '../types.ts';

// The app's resampler (web/src/lib/resampler.ts) against sox's very-high-quality resampler
// (`rate -v`) on the same espeak speech, at the conversions the app uses it for: capture where a
// 16 kHz context is refused (48 and 44.1 kHz → 16 kHz) and playback where a 24 kHz context is
// refused (24 → 48 kHz). Both outputs are 32-bit float, so the SNR measures the filters, not
// quantisation. CPU is the time to resample the whole clip in Node, per second of audio.

interface ResamplerModule {
  createResampler(
    inputRate: number,
    outputRate: number,
  ): { process(input: Float32Array): Float32Array; flush(): Float32Array };
}

const SPEECH =
  'I designed the payment service, measured every slow query, and fixed the three worst ones before launch.';
const CONVERSIONS: readonly (readonly [number, number])[] = [
  [48_000, 16_000],
  [44_100, 16_000],
  [24_000, 48_000],
];
const CPU_RUNS = 5;
/** Leave out the first and last 50 ms, where the two filters start and end differently. */
const EDGE_S = 0.05;

/** Runs sox and reads its raw 32-bit float output. */
function soxFloat(input: string, rate: number, dir: string): Float32Array {
  const out = join(dir, `${rate}-${Math.random().toString(36).slice(2)}.f32`);
  execFileSync(
    'sox',
    [input, '-t', 'raw', '-e', 'floating-point', '-b', '32', '-c', '1', out, 'rate', '-v', String(rate)],
    { stdio: 'pipe' },
  );
  const bytes = readFileSync(out);
  return new Float32Array(bytes.buffer, bytes.byteOffset, Math.floor(bytes.byteLength / 4)).slice();
}

function writeRawAsWav(samples: Float32Array, rate: number, dir: string): string {
  const raw = join(dir, `in-${rate}.f32`);
  const wav = join(dir, `in-${rate}.wav`);
  execFileSync('sh', ['-c', 'cat > "$0"', raw], {
    input: Buffer.from(samples.buffer, samples.byteOffset, samples.byteLength),
  });
  execFileSync('sox', [
    '-t',
    'raw',
    '-e',
    'floating-point',
    '-b',
    '32',
    '-c',
    '1',
    '-r',
    String(rate),
    raw,
    '-e',
    'floating-point',
    '-b',
    '32',
    wav,
  ]);
  return wav;
}

export function snrDb(reference: Float32Array, test: Float32Array, skip: number): number {
  const n = Math.min(reference.length, test.length) - skip;
  let signal = 0;
  let noise = 0;
  for (let i = skip; i < n; i++) {
    const r = reference[i] ?? 0;
    signal += r * r;
    noise += (r - (test[i] ?? 0)) ** 2;
  }
  return 10 * Math.log10(signal / noise);
}

function measure(
  mod: ResamplerModule,
  input: Float32Array,
  inRate: number,
  outRate: number,
  reference: Float32Array,
): { snr: number; cpuMs: number[] } {
  const run = (): Float32Array => {
    const r = mod.createResampler(inRate, outRate);
    const head = r.process(input);
    const tail = r.flush();
    const out = new Float32Array(head.length + tail.length);
    out.set(head);
    out.set(tail, head.length);
    return out;
  };
  const snr = snrDb(reference, run(), Math.round(EDGE_S * outRate));
  const seconds = input.length / inRate;
  const cpuMs = Array.from({ length: CPU_RUNS }, () => {
    const start = process.cpuUsage();
    run();
    const used = process.cpuUsage(start);
    return (used.user + used.system) / 1000 / seconds;
  });
  return { snr, cpuMs };
}

export async function benchResampler(): Promise<Figure[]> {
  const mod = (await import(pathToFileURL(join(REPO_ROOT, 'web/src/lib/resampler.ts')).href)) as ResamplerModule;
  const dir = mkdtempSync(join(tmpdir(), 'mockingbird-bench-resampler-'));
  try {
    const speech = speechWav(SPEECH, { padBeforeSeconds: 0.2, padAfterSeconds: 0.2 }).path;
    return CONVERSIONS.flatMap(([inRate, outRate]) => {
      const input = soxFloat(speech, inRate, dir);
      const reference = soxFloat(writeRawAsWav(input, inRate, dir), outRate, dir);
      const { snr, cpuMs } = measure(mod, input, inRate, outRate, reference);
      const name = `${inRate / 1000} → ${outRate / 1000} kHz`;
      return [
        toFigure({
          id: `resampler-snr-${inRate}-${outRate}`,
          label: `Resampler ${name}: SNR against sox rate -v, speech`,
          unit: 'dB',
          values: [snr],
          budget: { on: 'median', min: 40, text: '≥ 40 dB' },
          noP95: true,
        }),
        toFigure({
          id: `resampler-cpu-${inRate}-${outRate}`,
          label: `Resampler ${name}: CPU per second of audio (Node)`,
          unit: 'ms',
          values: cpuMs,
        }),
      ];
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
