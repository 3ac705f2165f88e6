// Cuts the capture frames a consumer port delivers (PCM16, any length, each with its stream
// position) into the fixed windows a detector classifies (float, `windowSamples` long), each
// dated on the stream clock. A jump in positions (the candidate muted: no frames are posted, but
// positions count on) drops the partial window and reports a gap, which the segmenter treats as
// silence.

import { int16ToFloat } from '../../lib/pcm';

export type CutPiece =
  { type: 'window'; samples: Float32Array; startMs: number; endMs: number } | { type: 'gap'; toMs: number };

export class WindowCutter {
  private window: Float32Array;
  private filled = 0;
  /** Stream position (samples) of the window's first sample, and of the next expected one. */
  private windowStart = 0;
  private expected = -1;

  constructor(
    readonly windowSamples: number,
    private readonly sampleRate = 16000,
  ) {
    this.window = new Float32Array(windowSamples);
  }

  push(pcm: Int16Array, position: number): CutPiece[] {
    const pieces: CutPiece[] = [];
    if (this.expected >= 0 && position !== this.expected) {
      this.filled = 0;
      pieces.push({ type: 'gap', toMs: this.ms(position) });
    }
    if (this.filled === 0) this.windowStart = position;
    this.expected = position + pcm.length;
    const samples = int16ToFloat(pcm);
    for (let i = 0; i < samples.length;) {
      const n = Math.min(samples.length - i, this.windowSamples - this.filled);
      this.window.set(samples.subarray(i, i + n), this.filled);
      this.filled += n;
      i += n;
      if (this.filled < this.windowSamples) continue;
      const start = this.windowStart;
      pieces.push({
        type: 'window',
        samples: this.window,
        startMs: this.ms(start),
        endMs: this.ms(start + this.windowSamples),
      });
      this.window = new Float32Array(this.windowSamples);
      this.filled = 0;
      this.windowStart = start + this.windowSamples;
    }
    return pieces;
  }

  private ms(position: number): number {
    return (position * 1000) / this.sampleRate;
  }
}
