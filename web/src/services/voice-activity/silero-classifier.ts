// Silero VAD v5 (MIT, snakers4/silero-vad; the ONNX file comes from @ricky0123/vad-web, ISC)
// run by onnxruntime-web. The model takes 512-sample windows at 16 kHz with the previous
// window's last 64 samples in front, carries a [2, 1, 128] recurrent state from one window to
// the next, and answers one speech probability. The ort module is passed in, so the worker uses
// the browser's WebAssembly build and the bench the same package's Node entry.

import type * as Ort from 'onnxruntime-web';
import type { FrameClassifier } from './frame-classifier';

export type OrtModule = Pick<typeof Ort, 'InferenceSession' | 'Tensor'>;

export const SILERO_WINDOW_SAMPLES = 512;
const CONTEXT_SAMPLES = 64;
const STATE_SHAPE = [2, 1, 128];

export async function loadSileroClassifier(ort: OrtModule, model: Uint8Array): Promise<FrameClassifier> {
  const session = await ort.InferenceSession.create(model, { executionProviders: ['wasm'] });
  return new SileroClassifier(ort, session);
}

class SileroClassifier implements FrameClassifier {
  readonly kind = 'silero';
  readonly windowSamples = SILERO_WINDOW_SAMPLES;
  private state: Ort.Tensor;
  private readonly rate: Ort.Tensor;
  private context = new Float32Array(CONTEXT_SAMPLES);

  constructor(
    private readonly ort: OrtModule,
    private readonly session: Ort.InferenceSession,
  ) {
    this.state = new ort.Tensor('float32', new Float32Array(2 * 128), STATE_SHAPE);
    this.rate = new ort.Tensor('int64', BigInt64Array.from([16000n]));
  }

  async classify(window: Float32Array): Promise<number> {
    if (window.length !== SILERO_WINDOW_SAMPLES)
      throw new RangeError(`Silero takes ${SILERO_WINDOW_SAMPLES}-sample windows, not ${window.length}`);
    const input = new Float32Array(CONTEXT_SAMPLES + SILERO_WINDOW_SAMPLES);
    input.set(this.context, 0);
    input.set(window, CONTEXT_SAMPLES);
    this.context = window.slice(-CONTEXT_SAMPLES);
    const out = await this.session.run({
      input: new this.ort.Tensor('float32', input, [1, input.length]),
      state: this.state,
      sr: this.rate,
    });
    const [output, state] = [out.output, out.stateN];
    const p = output?.data[0];
    if (!state || typeof p !== 'number') throw new Error('Silero answered without a probability or a state');
    this.state = state;
    return p;
  }

  release(): void {
    void this.session.release().catch(() => undefined);
  }
}
