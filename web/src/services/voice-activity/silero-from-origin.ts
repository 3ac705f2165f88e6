// Loads Silero in the browser from our own origin, never a CDN: Vite copies the model (from
// @ricky0123/vad-web) and onnxruntime-web's WebAssembly binary out of node_modules into the
// build's content-hashed /assets/, which the server lets browsers cache for good, so a second
// interview loads them from the cache. One thread: more would need cross-origin isolation, and
// a 32 ms window takes about 2 ms on one core.

import sileroModelUrl from '@ricky0123/vad-web/dist/silero_vad_v5.onnx?url';
import * as ort from 'onnxruntime-web/wasm';
import ortWasmUrl from 'onnxruntime-web/ort-wasm-simd-threaded.wasm?url';
import type { FrameClassifier } from './frame-classifier';
import { loadSileroClassifier } from './silero-classifier';

export async function loadSileroFromOrigin(base: string): Promise<FrameClassifier> {
  ort.env.wasm.wasmPaths = { wasm: new URL(ortWasmUrl, base).href };
  ort.env.wasm.numThreads = 1;
  const response = await fetch(new URL(sileroModelUrl, base));
  if (!response.ok) throw new Error(`The voice model could not be fetched (HTTP ${response.status}).`);
  return loadSileroClassifier(ort, new Uint8Array(await response.arrayBuffer()));
}
