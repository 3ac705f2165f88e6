// Loads Silero in the browser from our own origin, never a CDN: Vite copies the model (from
// @ricky0123/vad-web) and onnxruntime-web's WebAssembly binary out of node_modules into the
// build's content-hashed /assets/, which the server lets browsers cache for good, so a second
// interview loads them from the cache. One thread: more would need cross-origin isolation, and
// a 32 ms window takes about 2 ms on one core. Downloading 17 MB and compiling 15 MB of
// WebAssembly cost seconds of CPU on a small machine, so the worker calls this only when the
// main thread says the start of an interview is not under way (detector-host.ts).

import sileroModelUrl from '@ricky0123/vad-web/dist/silero_vad_v5.onnx?url';
import * as ort from 'onnxruntime-web/wasm';
import ortWasmUrl from 'onnxruntime-web/ort-wasm-simd-threaded.wasm?url';
import type { FrameClassifier } from './frame-classifier';
import { loadSileroClassifier } from './silero-classifier';

async function fetchBytes(url: URL, what: string): Promise<ArrayBuffer> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`The ${what} could not be fetched (HTTP ${response.status}).`);
  return response.arrayBuffer();
}

export async function loadSileroFromOrigin(base: string): Promise<FrameClassifier> {
  const [wasm, model] = await Promise.all([
    fetchBytes(new URL(ortWasmUrl, base), 'voice runtime'),
    fetchBytes(new URL(sileroModelUrl, base), 'voice model'),
  ]);
  ort.env.wasm.wasmBinary = wasm;
  ort.env.wasm.numThreads = 1;
  return loadSileroClassifier(ort, new Uint8Array(model));
}
