// How long a reply waits before it starts playing, learned from how its chunks arrive. A reply
// streamed in real time needs a head start as long as the latest any chunk comes behind its slot;
// a fixed threshold either adds that wait to every reply or underruns when the network jitters.
// So the wait starts small and follows the jitter measured: for each chunk, its lag is how much
// later it arrived (on the audio thread's own sample clock) than its place in the reply says it
// should have, counting from the reply's first chunk. Until a reply has been measured the wait is
// `initialSamples`; then it is the largest lag of the last few replies (an underrun shows up as
// such a lag too), within [minSamples, maxSamples]: small on a steady network, larger as the
// network jitters. A reply that arrived far faster than it plays (sent whole at once) says
// nothing about jitter and is not learned from: a greeting sent whole must not shrink the wait
// that the next, streamed reply needs. A reply that is
// already queued beyond the wait plus one chunk's length starts at once: it can ride out that lag.
// All lengths are in samples at the rate the worklet renders.

export interface StartDelayOptions {
  /** The wait before any reply has been measured. */
  initialSamples: number;
  /** The shortest wait, on a network whose chunks all arrive on time. */
  minSamples: number;
  /** The longest wait: a lag beyond it is a model pause, not jitter. */
  maxSamples: number;
  /** Audio queued beyond the wait that lets a reply start at once (about one network chunk). */
  aheadSamples: number;
  /** Replies whose lags are remembered. */
  window: number;
}

export class StartDelay {
  private readonly lags: number[] = [];
  /** The current reply: its first chunk's arrival, the audio written since, its largest lag. */
  private firstAt = 0;
  private lastAt = 0;
  private written = 0;
  private lag = 0;
  private open = false;

  constructor(private readonly o: StartDelayOptions) {}

  /** Samples to wait for, after a reply's first chunk, before it plays. */
  get waitSamples(): number {
    const largest = Math.max(this.lag, ...this.lags);
    const floor = this.lags.length === 0 ? this.o.initialSamples : this.o.minSamples;
    return Math.min(this.o.maxSamples, Math.max(floor, largest));
  }

  /** Queued samples with which a reply starts without waiting. */
  get thresholdSamples(): number {
    return this.waitSamples + this.o.aheadSamples;
  }

  /** A chunk of `samples` arrived at sample-clock time `at`; `startsReply` when it opens a new reply. */
  arrived(at: number, samples: number, startsReply: boolean): void {
    if (startsReply) this.endReply();
    // Further behind than any jitter: the model paused mid-reply. What follows is measured afresh.
    if (this.open && at - this.firstAt - this.written > this.o.maxSamples) this.endReply();
    if (!this.open) {
      this.open = true;
      this.firstAt = at;
      this.written = 0;
      this.lag = 0;
    }
    this.lag = Math.max(this.lag, at - this.firstAt - this.written);
    this.lastAt = at;
    this.written += samples;
  }

  /** The reply was cut (barge-in): what it measured still counts. */
  endReply(): void {
    if (!this.open) return;
    this.open = false;
    // Streamed: its chunks came over at least half its playing time (or one came late anyway).
    const streamed = this.lastAt - this.firstAt >= this.written / 2 || this.lag > this.o.minSamples;
    if (streamed) this.lags.push(this.lag);
    while (this.lags.length > this.o.window) this.lags.shift();
    this.lag = 0;
  }
}
