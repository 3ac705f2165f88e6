// The playback worklet's logic, free of worklet globals so it can be unit-tested: PCM16 in at
// the source rate, resampled to the context rate when they differ, queued in a PlaybackRing,
// rendered one block at a time, with level and status reports for the main thread.
import { int16ToFloat } from '../../lib/pcm';
import { rms, smoothLevel } from '../../lib/pcm-level';
import { createResampler, type Resampler } from '../../lib/resampler';
import { PlaybackRing } from '../../lib/ring-buffer';
import { StartDelay } from './start-delay';
import type { PlaybackStatusMessage } from './worklet-messages';

export interface PlaybackTuning {
  /** The wait before a reply plays until a reply's jitter has been measured (start-delay.ts). */
  initialStartWaitMs: number;
  /** The shortest wait, on a network whose chunks all arrive on time. */
  minStartWaitMs: number;
  /** The longest a reply waits, however much jitter was measured (bounds the added latency). */
  maxStartWaitMs: number;
  /** Audio queued beyond the wait with which a reply starts at once (about one network chunk). */
  startAheadMs: number;
  /** Replies whose measured jitter sets the wait. */
  startWindow: number;
  fadeMs: number;
  capacitySeconds: number;
  /** A dry queue refilled within this long counts as an underrun; later, as a new utterance. */
  naturalEndGapMs: number;
  /** Status reports while sound is playing (~30 a second). */
  statusIntervalMs: number;
}

export const DEFAULT_PLAYBACK_TUNING: PlaybackTuning = {
  // The wait follows the jitter measured on arriving chunks: 50 ms until a streamed reply was measured, then
  // 5 ms on a steady network, up to the largest lag of the last replies (±30 ms of jitter: about
  // 60 ms), never above 120 ms. A reply queued 40 ms beyond the wait starts at once.
  initialStartWaitMs: 50,
  minStartWaitMs: 5,
  maxStartWaitMs: 120,
  startAheadMs: 40,
  startWindow: 6,
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
  /** Samples rendered so far: the audio thread's clock, on which chunk arrivals are dated. */
  private rendered = 0;
  private readonly start: StartDelay;

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
      startThreshold: samples(tuning.initialStartWaitMs + tuning.startAheadMs),
      maxStartWait: samples(tuning.initialStartWaitMs),
      fadeLength: samples(tuning.fadeMs),
      naturalEndGap: samples(tuning.naturalEndGapMs),
    });
    this.start = new StartDelay({
      initialSamples: samples(tuning.initialStartWaitMs),
      minSamples: samples(tuning.minStartWaitMs),
      maxSamples: samples(tuning.maxStartWaitMs),
      aheadSamples: samples(tuning.startAheadMs),
      window: tuning.startWindow,
    });
    this.resampler = createResampler(sourceRate, outputRate);
    this.statusInterval = samples(tuning.statusIntervalMs);
  }

  enqueue(pcm: Int16Array): void {
    const samples = this.resampler.process(int16ToFloat(pcm));
    const startsReply = this.ring.startsUtterance;
    this.start.arrived(this.rendered, samples.length, startsReply);
    // A new reply waits by the jitter measured up to now; a refill after an underrun too.
    if (this.ring.state !== 'playing') this.ring.setStart(this.start.thresholdSamples, this.start.waitSamples);
    this.ring.write(samples);
  }

  flush(): void {
    this.start.endReply();
    this.ring.flush();
    this.resampler.reset();
  }

  setMuted(muted: boolean): void {
    this.muted = muted;
  }

  /** Fills one output block. Muting silences the output but keeps the queue's clock running. */
  render(out: Float32Array): void {
    this.rendered += out.length;
    const played = this.ring.read(out);
    // A block that ran the queue dry at its very end still sounded: playing ends only with a
    // block that stays silent, so a chunk arriving before the next block plays on seamlessly.
    const audible = played > 0 || this.ring.state === 'playing' || this.ring.state === 'fading';
    // Audio still inside the resampler when the queue runs dry is at most a few ms of the
    // utterance's tail; dropping it keeps it from leaking into the start of the next one. (Not
    // when a fade ends with a new utterance already queued: its tail is in there.)
    if (this.ring.state === 'idle' && !audible && this.playing) this.resampler.reset();
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
      starvedSamples: Math.round(this.ring.starvedSamples * toSource),
      startWaitSamples: Math.round(this.start.waitSamples * toSource),
      bufferedSamples: Math.round(this.ring.buffered * toSource),
      droppedSamples: Math.round(this.ring.dropped * toSource),
    };
  }
}
