// The capture worklet's sample maths, kept free of worklet globals so it can be unit-tested:
// resample the mic to 16 kHz, cut it into fixed-length chunks, and time-stamp each chunk.
import { createResampler, type Resampler } from '../../lib/resampler';
import { rms, smoothLevel } from '../../lib/pcm-level';

export interface FramedChunk {
  /** Float samples at the target rate; a fresh array the receiver may keep. */
  samples: Float32Array;
  /** Context time (seconds) at the end of the chunk's last sample. */
  endTime: number;
  /** Smoothed RMS level, 0..1. */
  level: number;
  /** Target-rate samples produced before this chunk's first one (its stream position). */
  position: number;
}

export class CaptureFramer {
  private readonly resampler: Resampler;
  private chunk: Float32Array;
  private filled = 0;
  /** Outputs emitted so far; output k is centred on input frame origin + k·inputRate/targetRate. */
  private produced = 0;
  private origin = -1;
  private nextFrame = -1;
  private level = 0;

  constructor(
    private readonly inputRate: number,
    private readonly targetRate: number,
    private readonly chunkSamples: number,
  ) {
    this.resampler = createResampler(inputRate, targetRate);
    this.chunk = new Float32Array(chunkSamples);
  }

  /**
   * Takes one block of input that starts at context frame `startFrame` and returns the chunks
   * it completed (usually none or one).
   */
  push(input: Float32Array, startFrame: number): FramedChunk[] {
    if (this.origin < 0) this.origin = startFrame;
    // A skipped block (no input for a while) shifts the timeline instead of compressing it.
    if (this.nextFrame >= 0 && startFrame !== this.nextFrame) this.origin += startFrame - this.nextFrame;
    this.nextFrame = startFrame + input.length;
    const resampled = this.resampler.process(input);
    const done: FramedChunk[] = [];
    for (let i = 0; i < resampled.length;) {
      const n = Math.min(resampled.length - i, this.chunkSamples - this.filled);
      this.chunk.set(resampled.subarray(i, i + n), this.filled);
      this.filled += n;
      this.produced += n;
      i += n;
      if (this.filled === this.chunkSamples) done.push(this.finishChunk());
    }
    return done;
  }

  private finishChunk(): FramedChunk {
    const samples = this.chunk;
    this.chunk = new Float32Array(this.chunkSamples);
    this.filled = 0;
    const lastFrame = this.origin + ((this.produced - 1) * this.inputRate) / this.targetRate;
    this.level = smoothLevel(this.level, rms(samples), this.chunkSamples / this.targetRate);
    return {
      samples,
      endTime: (lastFrame + 1) / this.inputRate,
      level: this.level,
      position: this.produced - this.chunkSamples,
    };
  }
}
