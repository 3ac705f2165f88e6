import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ort from 'onnxruntime-web';
import { describe, expect, it } from 'vitest';
import { loadSileroClassifier, SILERO_WINDOW_SAMPLES } from './silero-classifier';

// The real model through onnxruntime-web's WebAssembly build in Node, on espeak-ng speech.
const MODEL = join(process.cwd(), 'node_modules/@ricky0123/vad-web/dist/silero_vad_v5.onnx');

function spoken(text: string): Float32Array {
  const raw = join(mkdtempSync(join(tmpdir(), 'silero-')), 'speech.raw');
  execFileSync('sh', [
    '-c',
    `espeak-ng --stdout "$1" | sox -t wav - -t raw -r 16000 -c 1 -b 16 -e signed-integer "$2"`,
    'sh',
    text,
    raw,
  ]);
  const bytes = readFileSync(raw);
  return Float32Array.from(new Int16Array(bytes.buffer, bytes.byteOffset, bytes.length >> 1), (s) => s / 32768);
}

async function probabilities(signal: Float32Array): Promise<number[]> {
  const silero = await loadSileroClassifier(ort, readFileSync(MODEL));
  const out: number[] = [];
  for (let at = 0; at + SILERO_WINDOW_SAMPLES <= signal.length; at += SILERO_WINDOW_SAMPLES)
    out.push(await silero.classify(signal.subarray(at, at + SILERO_WINDOW_SAMPLES)));
  silero.release?.();
  return out;
}

describe('Silero classifier', () => {
  it('hears espeak speech as speech and silence as silence', async () => {
    const speech = await probabilities(spoken('I led the migration of our billing service to the new platform.'));
    const silence = await probabilities(new Float32Array(16000));
    expect(speech.filter((p) => p > 0.5).length / speech.length).toBeGreaterThan(0.5);
    expect(Math.max(...silence)).toBeLessThan(0.1);
  }, 60_000);

  it('refuses a window of the wrong length', async () => {
    const silero = await loadSileroClassifier(ort, readFileSync(MODEL));
    await expect(Promise.resolve().then(() => silero.classify(new Float32Array(320)))).rejects.toThrow(/512-sample/);
  }, 60_000);
});
