// The playback worklet's logic, free of worklet globals so it can be unit-tested: PCM16 in at
// the source rate, resampled to the context rate when they differ, queued in a PlaybackRing,
// rendered one block at a time, with level and status reports for the main thread.
import { int16ToFloat } from '../../lib/pcm';
import { rms, smoothLevel } from '../../lib/pcm-level';
import { createResampler, type Resampler } from '../../lib/resampler';
import { PlaybackRing } from '../../lib/ring-buffer';
import { PlayoutStretch, type PlayoutStretchOptions } from './playout-stretch';
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
  /**
   * Most lengthening of a streamed reply, in % of its audio (playout-stretch.ts); 0: never
   * stretch, and every reply waits its full learned start wait instead.
   */
  maxStretchPercent: number;
  /** With stretching on, the longest a streamed reply waits; lengthening builds the rest of its lead. */
  fastStartMs: number;
  /**
   * With stretching on, the lead built beyond the measured jitter: the largest lag of a few
   * replies misses the rarer stalls of a busy device, and a longer lead costs only stretch.
   */
  leadMarginMs: number;
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
  // At most a quarter longer over any 200 ms: half again as long (the first cap) drawls the first
  // syllables. Under ±30 ms of jitter the lead still builds in time (bench: 0 underruns).
  maxStretchPercent: 25,
  fastStartMs: 15,
  leadMarginMs: 40,
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
  private readonly stretch: PlayoutStretch;
  private readonly fastStart: number;
  private readonly leadMargin: number;
  /** Render time (samples) of the latest chunk, and how long after it audio still counts as arriving. */
  private lastArrival = Number.NEGATIVE_INFINITY;
  private readonly arrivalGap: number;

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
    this.stretch = new PlayoutStretch(stretchOptions(tuning.maxStretchPercent, outputRate));
    this.arrivalGap = samples(tuning.maxStartWaitMs);
    this.leadMargin = samples(tuning.leadMarginMs);
    this.fastStart = tuning.maxStretchPercent > 0 ? samples(tuning.fastStartMs) : Number.POSITIVE_INFINITY;
    this.resampler = createResampler(sourceRate, outputRate);
    this.statusInterval = samples(tuning.statusIntervalMs);
  }

  enqueue(pcm: Int16Array): void {
    const samples = this.resampler.process(int16ToFloat(pcm));
    const startsReply = this.ring.startsUtterance;
    if (startsReply) this.stretch.newReply();
    this.start.arrived(this.rendered, samples.length, startsReply);
    this.lastArrival = this.rendered;
    // A new reply waits by the jitter measured up to now (with stretching, at most the fast start:
    // lengthening builds the rest); a refill after an underrun too.
    const wait = Math.min(this.start.waitSamples, this.fastStart);
    if (this.ring.state !== 'playing') this.ring.setStart(this.start.thresholdSamples, wait);
    this.ring.write(samples);
  }

  flush(): void {
    this.start.endReply();
    this.stretch.reset();
    this.ring.flush();
    this.resampler.reset();
  }

  setMuted(muted: boolean): void {
    this.muted = muted;
  }

  /** Fills one output block. Muting silences the output but keeps the queue's clock running. */
  render(out: Float32Array): void {
    this.rendered += out.length;
    const arriving = this.rendered - this.lastArrival <= this.arrivalGap;
    const lead = this.start.waitSamples + this.leadMargin;
    this.stretch.beforeRead(this.ring, lead, this.start.thresholdSamples, arriving);
    const played = this.ring.read(out);
    this.stretch.afterRead(out, played);
    // Still waiting after the block: the whole block was head start.
    if (this.ring.state === 'buffering') this.stretch.waited(out.length);
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
      stretchedSamples: Math.round(this.stretch.inserted * toSource),
      playedSamples: Math.round(this.stretch.played * toSource),
      maxStretchRate: this.stretch.maxRate,
    };
  }
}

/** The stretch's lengths at the rendering rate: voice periods of 2.5-12.5 ms (400-80 Hz), a 5 ms match. */
function stretchOptions(maxStretchPercent: number, outputRate: number): PlayoutStretchOptions {
  const samples = (ms: number) => Math.round((ms * outputRate) / 1000);
  return {
    maxStretch: maxStretchPercent / 100,
    minLag: samples(2.5),
    maxLag: samples(12.5),
    window: samples(5),
    minAhead: samples(2),
    lowWater: samples(10),
    rateWindow: samples(200),
  };
}
