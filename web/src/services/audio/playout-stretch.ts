// Adaptive playout, as in WebRTC's jitter buffer: a streamed reply starts almost at once and the
// player lengthens its first few hundred ms by whole pitch periods (lib/time-stretch.ts) until it
// has the lead the measured jitter needs (start-delay.ts), then plays at normal rate, sample for
// sample. When the queue runs low mid-reply (a chunk later than any measured) it lengthens again
// rather than fall silent. A reply queued well ahead (sent whole) is never touched. Lengthening is
// rate-limited: within any `rateWindow` of output it adds at most `maxStretch` of the original audio
// there, and it spreads out (credit earned per sample played), so it never comes as one burst.
// All lengths are in samples at the rate the worklet renders.
import { bestLag, repeatedPeriod } from '../../lib/time-stretch';
import type { PlaybackRing } from '../../lib/ring-buffer';

export interface PlayoutStretchOptions {
  /** Most lengthening, as a share of the original audio (0.5: played at most 1.5 × as long). 0: never. */
  maxStretch: number;
  /** The pitch periods searched: about 400 Hz … 80 Hz of voice. */
  minLag: number;
  maxLag: number;
  /** The stretch of just-played audio matched against one period earlier. */
  window: number;
  /** Fewest queued samples it lengthens with: under it the reply is ending, not late. */
  minAhead: number;
  /** A queue shorter than this mid-reply means a chunk is late: lengthen whatever the lead. */
  lowWater: number;
  /** The window over which the highest lengthening rate is reported. */
  rateWindow: number;
}

export class PlayoutStretch {
  private readonly history: Float32Array;
  private historyLength = 0;
  private readonly ahead: Float32Array;
  private readonly block: Float32Array;
  /** Samples it may still insert now (the rate limit). */
  private credit = 0;
  /** This reply's head start: samples it waited before playing, and samples inserted since. */
  private lead = 0;
  /** Output position of each recent insertion, and its length, for the rate report. */
  private recent: { at: number; length: number }[] = [];
  /** Samples inserted, and samples played (inserted ones included), since the player started. */
  inserted = 0;
  played = 0;
  /** The highest lengthening rate over any `rateWindow` of output so far (0.2: 20 % longer). */
  maxRate = 0;

  constructor(private readonly o: PlayoutStretchOptions) {
    this.history = new Float32Array(o.maxLag + o.window);
    this.ahead = new Float32Array(o.maxLag);
    this.block = new Float32Array(o.maxLag);
  }

  /** A new reply opens: nothing played of it, no lead yet, one period's worth of credit. */
  newReply(): void {
    this.historyLength = 0;
    this.lead = 0;
    this.credit = this.o.maxLag;
  }

  /** The queue waited `samples` before playing: head start gained. */
  waited(samples: number): void {
    this.lead += samples;
  }

  /**
   * Before each render block, while audio is still `arriving`: lengthens what is queued by one
   * pitch period when the reply is behind the lead `need` (and not queued beyond `queuedEnough`), or
   * when the queue runs low; never faster than the rate limit allows. Once nothing has arrived
   * for a while the reply was sent whole, or is ending: its audio is played as it is.
   */
  beforeRead(ring: PlaybackRing, need: number, queuedEnough: number, arriving: boolean): void {
    if (this.o.maxStretch <= 0 || !arriving || ring.state !== 'playing') return;
    const behind = this.lead < need && ring.buffered < queuedEnough;
    if (!behind && ring.buffered >= this.o.lowWater) return;
    const longest = Math.min(this.o.maxLag, this.historyLength - this.o.window, this.credit, this.roomInWindow());
    if (longest < this.o.minLag || ring.buffered < this.o.minAhead) return;
    const history = this.history.subarray(this.history.length - this.historyLength);
    const lag = bestLag(history, this.o.window, this.o.minLag, longest);
    const ahead = this.ahead.subarray(0, ring.peek(this.ahead.subarray(0, lag)));
    const block = this.block.subarray(0, lag);
    repeatedPeriod(history, ahead, lag, block);
    ring.unshift(block);
    this.credit -= lag;
    this.lead += lag;
    this.inserted += lag;
    this.noteRate(lag);
  }

  /** After each render block: the `filled` samples played become history, and earn credit. */
  afterRead(out: Float32Array, filled: number): void {
    const size = this.history.length;
    if (filled >= size) {
      this.history.set(out.subarray(filled - size, filled));
    } else {
      this.history.copyWithin(0, filled);
      this.history.set(out.subarray(0, filled), size - filled);
    }
    this.historyLength = Math.min(size, this.historyLength + filled);
    this.played += filled;
    // Credit per output sample such that inserted ≤ maxStretch × original samples.
    this.credit = Math.min(this.o.maxLag, this.credit + (filled * this.o.maxStretch) / (1 + this.o.maxStretch));
  }

  /** The queue was flushed (barge-in): the next audio is a new reply. */
  reset(): void {
    this.newReply();
  }

  /** Samples inserted within the last `rateWindow` of output. */
  private addedRecently(): number {
    this.recent = this.recent.filter((r) => r.at > this.played - this.o.rateWindow);
    return this.recent.reduce((sum, r) => sum + r.length, 0);
  }

  /** The longest insertion that keeps the last `rateWindow` of output within `maxStretch` of its original audio. */
  private roomInWindow(): number {
    const m = this.o.maxStretch;
    return Math.floor((m * this.o.rateWindow) / (1 + m) - this.addedRecently());
  }

  private noteRate(length: number): void {
    this.recent.push({ at: this.played, length });
    const added = this.addedRecently();
    this.maxRate = Math.max(this.maxRate, added / Math.max(1, this.o.rateWindow - added));
  }
}
