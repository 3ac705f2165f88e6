// The playback queue the output worklet reads from: a float ring buffer with a jitter-absorbing
// start threshold, underrun accounting and a click-free flush. All lengths are in samples at
// the rate the worklet renders.

export interface PlaybackRingOptions {
  /**
   * Most samples held. Overflow drops the OLDEST samples: a backlog that large means audio is
   * arriving far faster than it plays, the oldest part is the most out of step with the
   * conversation (captions, barge-in), and the writer (a message handler) cannot wait.
   */
  capacity: number;
  /** Samples buffered before playback starts, so network jitter does not starve it. */
  startThreshold: number;
  /** Start anyway once audio has waited this long, so a short utterance is not held forever. */
  maxStartWait: number;
  /** Length of the linear fade applied to what is playing when the queue is flushed. */
  fadeLength: number;
  /** Audio arriving within this long after the queue ran dry means it ran dry mid-utterance. */
  naturalEndGap: number;
  /** Samples allocated up front; the store doubles on demand up to `capacity`. */
  initialSize?: number;
}

export type PlaybackRingState = 'idle' | 'buffering' | 'playing' | 'fading';

export class PlaybackRing {
  private data: Float32Array;
  private start = 0;
  private count = 0;
  private mode: PlaybackRingState = 'idle';
  private waited = 0;
  private fadeTotal = 0;
  private fadeDone = 0;
  /** Samples rendered since the queue ran dry while playing; -1 when it has not. */
  private sinceDry = -1;
  /** Times the queue ran dry mid-utterance (confirmed by audio arriving soon after). */
  underruns = 0;
  /** Samples of silence those underruns left (rendered while the queue was dry mid-utterance). */
  starvedSamples = 0;
  /** The start rule in force (setStart); the options give the first one. */
  private startThreshold: number;
  private maxStartWait: number;
  /** Samples dropped because the queue was full. */
  dropped = 0;

  constructor(private readonly options: PlaybackRingOptions) {
    this.data = new Float32Array(Math.min(options.capacity, options.initialSize ?? options.capacity));
    this.startThreshold = options.startThreshold;
    this.maxStartWait = options.maxStartWait;
  }

  /** A new start rule, from the next utterance waiting to start (an adaptive start: start-delay.ts). */
  setStart(startThreshold: number, maxStartWait: number): void {
    this.startThreshold = startThreshold;
    this.maxStartWait = maxStartWait;
  }

  /** Whether audio written now opens a new utterance (not the queue refilled after an underrun). */
  get startsUtterance(): boolean {
    return this.mode === 'idle' && !this.dryRecently();
  }

  private dryRecently(): boolean {
    return this.sinceDry >= 0 && this.sinceDry <= this.options.naturalEndGap;
  }

  get buffered(): number {
    return this.count;
  }

  get state(): PlaybackRingState {
    return this.mode;
  }

  write(samples: Float32Array): void {
    if (samples.length === 0) return;
    if (this.mode === 'idle') {
      // Ran dry and silence was rendered before the refill (dry at a block's very end and
      // refilled before the next block is no gap anyone hears).
      if (this.dryRecently() && this.sinceDry > 0) {
        this.underruns++;
        this.starvedSamples += this.sinceDry;
      }
      // Refilled before any silence was rendered: it plays on. Waiting for the threshold afresh
      // here would open a start wait's worth of silence that no underrun counts.
      this.mode = this.sinceDry === 0 ? 'playing' : 'buffering';
      this.sinceDry = -1;
      this.waited = 0;
    }
    const incoming =
      samples.length > this.options.capacity ? samples.subarray(samples.length - this.options.capacity) : samples;
    this.dropped += samples.length - incoming.length;
    this.ensureRoom(incoming.length);
    const end = (this.start + this.count) % this.data.length;
    const first = Math.min(incoming.length, this.data.length - end);
    this.data.set(incoming.subarray(0, first), end);
    this.data.set(incoming.subarray(first), 0);
    this.count += incoming.length;
  }

  /** Fills `out` (zero-filling what it cannot) and returns how many queued samples it played. */
  read(out: Float32Array): number {
    let filled = 0;
    while (filled < out.length) {
      const step = this.readStep(out, filled);
      if (step === 0) break;
      filled += step;
    }
    out.fill(0, filled);
    if (this.sinceDry >= 0) this.sinceDry += out.length - filled;
    return filled;
  }

  /** Copies the next samples to play into `out` without taking them; returns how many it copied. */
  peek(out: Float32Array): number {
    const n = Math.min(out.length, this.count);
    const first = Math.min(n, this.data.length - this.start);
    out.set(this.data.subarray(this.start, this.start + first));
    out.set(this.data.subarray(0, n - first), first);
    return n;
  }

  /** Puts `samples` in front of the queue, to play next (a time stretch's inserted period). */
  unshift(samples: Float32Array): void {
    if (samples.length === 0) return;
    this.ensureRoom(samples.length);
    const n = Math.min(samples.length, this.data.length);
    this.start = (this.start - n + this.data.length) % this.data.length;
    const first = Math.min(n, this.data.length - this.start);
    this.data.set(samples.subarray(0, first), this.start);
    this.data.set(samples.subarray(first, n), 0);
    this.count += n;
  }

  /** Drops the queue. What is audible fades out over `fadeLength` samples instead of stopping dead. */
  flush(): void {
    this.sinceDry = -1;
    if (this.mode === 'playing' || this.mode === 'fading') {
      const remainingFade = this.mode === 'fading' ? this.fadeTotal - this.fadeDone : this.options.fadeLength;
      const keep = Math.min(remainingFade, this.count);
      if (this.mode === 'playing') {
        this.fadeTotal = keep;
        this.fadeDone = 0;
      }
      this.count = keep;
      this.mode = keep > 0 ? 'fading' : 'idle';
      return;
    }
    this.count = 0;
    this.mode = 'idle';
  }

  private readStep(out: Float32Array, at: number): number {
    const room = out.length - at;
    switch (this.mode) {
      case 'idle':
        return 0;
      case 'buffering':
        if (this.count >= this.startThreshold || this.waited >= this.maxStartWait) {
          this.mode = 'playing';
          return this.readStep(out, at);
        }
        this.waited += room;
        return 0;
      case 'playing': {
        const n = this.take(out, at, room);
        if (this.count === 0) {
          this.mode = 'idle';
          this.sinceDry = 0;
        }
        return n;
      }
      case 'fading':
        return this.readFade(out, at, room);
    }
  }

  private readFade(out: Float32Array, at: number, room: number): number {
    const n = this.take(out, at, Math.min(room, this.fadeTotal - this.fadeDone));
    for (let i = 0; i < n; i++) {
      this.fadeDone++;
      out[at + i] = (out[at + i] ?? 0) * (1 - this.fadeDone / this.fadeTotal);
    }
    if (this.fadeDone >= this.fadeTotal) {
      // Audio written during the fade is a new utterance: it waits for the threshold afresh.
      this.mode = this.count > 0 ? 'buffering' : 'idle';
      this.waited = 0;
    }
    return n;
  }

  private take(out: Float32Array, at: number, max: number): number {
    const n = Math.min(max, this.count);
    const first = Math.min(n, this.data.length - this.start);
    out.set(this.data.subarray(this.start, this.start + first), at);
    out.set(this.data.subarray(0, n - first), at + first);
    this.start = (this.start + n) % this.data.length;
    this.count -= n;
    return n;
  }

  private ensureRoom(incoming: number): void {
    const needed = this.count + incoming;
    if (needed > this.data.length && this.data.length < this.options.capacity) this.grow(needed);
    const overflow = this.count + incoming - this.data.length;
    if (overflow > 0) {
      this.start = (this.start + overflow) % this.data.length;
      this.count -= overflow;
      this.dropped += overflow;
    }
  }

  private grow(needed: number): void {
    const grown = new Float32Array(Math.min(this.options.capacity, Math.max(needed, this.data.length * 2)));
    const first = Math.min(this.count, this.data.length - this.start);
    grown.set(this.data.subarray(this.start, this.start + first));
    grown.set(this.data.subarray(0, this.count - first), first);
    this.data = grown;
    this.start = 0;
  }
}
