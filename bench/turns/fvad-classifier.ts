// The WebRTC voice-activity detector (libfvad compiled to WebAssembly by @echogarden/fvad-wasm,
// BSD-3) as a frame classifier, for the comparison with Silero. It answers speech or not for
// 20 ms windows of 16-bit audio; while the interviewer plays it switches to its most aggressive
// mode (3) from the quality mode it normally runs in.

import type { Classifier } from './detect.ts';

interface FvadModule {
  _fvad_new(): number;
  _fvad_set_mode(handle: number, mode: number): number;
  _fvad_set_sample_rate(handle: number, rate: number): number;
  _fvad_process(handle: number, frame: number, length: number): number;
  _malloc(bytes: number): number;
  HEAP16: Int16Array;
}

const WINDOW = 320;

export async function fvadClassifier(normalMode = 1): Promise<Classifier> {
  // The package ships no type declarations: its module is typed here.
  const specifier = '@echogarden/fvad-wasm';
  const { default: load } = (await import(specifier)) as { default: () => Promise<FvadModule> };
  const fvad = await load();
  const handle = fvad._fvad_new();
  if (fvad._fvad_set_sample_rate(handle, 16000) !== 0) throw new Error('fvad refused 16 kHz');
  fvad._fvad_set_mode(handle, normalMode);
  const buffer = fvad._malloc(WINDOW * 2);
  return {
    kind: 'fvad',
    windowSamples: WINDOW,
    classify(window: Float32Array): number {
      const heap = fvad.HEAP16.subarray(buffer >> 1, (buffer >> 1) + WINDOW);
      for (let i = 0; i < WINDOW; i++)
        heap[i] = Math.max(-32768, Math.min(32767, Math.round((window[i] ?? 0) * 32767)));
      return fvad._fvad_process(handle, buffer, WINDOW) === 1 ? 1 : 0;
    },
    setEchoGuard(on: boolean): void {
      fvad._fvad_set_mode(handle, on ? 3 : normalMode);
    },
  };
}
