// The playback worklet's logic, free of worklet globals so it can be unit-tested: PCM16 in at
// the source rate, resampled to the context rate when they differ, queued in a PlaybackRing,
// rendered one block at a time, with level and status reports for the main thread.
import { int16ToFloat } from '../../lib/pcm';
import { rms, smoothLevel } from '../../lib/pcm-level';
import { createResampler, type Resampler } from '../../lib/resampler';
import { PlaybackRing } from '../../lib/ring-buffer';
import type { PlaybackStatusMessage } from './worklet-messages';

export interface PlaybackTuning {
  /** Audio buffered before an utterance starts, to ride out network jitter. */
  startThresholdMs: number;
  /** Longest an utterance waits for that threshold (bounds the added latency). */
  maxStartWaitMs: number;
  fadeMs: number;
  capacitySeconds: number;
  /** A dry queue refilled within this long counts as an underrun; later, as a new utterance. */
  naturalEndGapMs: number;
  /** Status reports while sound is playing (~30 a second). */
  statusIntervalMs: number;
}

export const DEFAULT_PLAYBACK_TUNING: PlaybackTuning = {
  // 100 ms queued rides out ±30 ms network jitter; a reply arriving at real-time pace still
  // starts after at most maxStartWaitMs, so the first word is not held back longer than that.
  startThresholdMs: 100,
  maxStartWaitMs: 50,
  fadeMs: 5,
  capacitySeconds: 60,
  naturalEndGapMs: 1000,
  statusIntervalMs: 33,
};

export class PlaybackEngine {
  private readonly ring: PlaybackRing;
  private readonly resampler: Resampler;
  private readonly statusInterval: number;
  private muted = false;
  private playing = false;
  private level = 0;
  private sinceStatus = 0;

  constructor(
    private readonly sourceRate: number,
    private readonly outputRate: number,
    tuning: PlaybackTuning,
    private readonly postStatus: (status: PlaybackStatusMessage) => void,
  ) {
    const samples = (ms: number) => Math.round((ms * outputRate) / 1000);
    this.ring = new PlaybackRing({
      capacity: Math.round(tuning.capacitySeconds * outputRate),
      initialSize: 2 * outputRate,
      startThreshold: samples(tuning.startThresholdMs),
      maxStartWait: samples(tuning.maxStartWaitMs),
      fadeLength: samples(tuning.fadeMs),
      naturalEndGap: samples(tuning.naturalEndGapMs),
    });
    this.resampler = createResampler(sourceRate, outputRate);
    this.statusInterval = samples(tuning.statusIntervalMs);
  }

  enqueue(pcm: Int16Array): void {
    this.ring.write(this.resampler.process(int16ToFloat(pcm)));
  }

  flush(): void {
    this.ring.flush();
    this.resampler.reset();
  }

  setMuted(muted: boolean): void {
    this.muted = muted;
  }

  /** Fills one output block. Muting silences the output but keeps the queue's clock running. */
  render(out: Float32Array): void {
    this.ring.read(out);
    const audible = this.ring.state === 'playing' || this.ring.state === 'fading';
    // Audio still inside the resampler when the queue runs dry is at most a few ms of the
    // utterance's tail; dropping it keeps it from leaking into the start of the next one. (Not
    // when a fade ends with a new utterance already queued: its tail is in there.)
    if (this.ring.state === 'idle' && this.playing) this.resampler.reset();
    this.level = smoothLevel(this.level, rms(out), out.length / this.outputRate);
    if (this.muted) out.fill(0);
    this.sinceStatus += out.length;
    if (audible !== this.playing || (this.sinceStatus >= this.statusInterval && (audible || this.level > 1e-3))) {
      this.playing = audible;
      this.sinceStatus = 0;
      this.postStatus(this.status());
    }
  }

  status(): PlaybackStatusMessage {
    const toSource = this.sourceRate / this.outputRate;
    return {
      type: 'status',
      playing: this.playing,
      level: this.level,
      underruns: this.ring.underruns,
      bufferedSamples: Math.round(this.ring.buffered * toSource),
      droppedSamples: Math.round(this.ring.dropped * toSource),
    };
  }
}
