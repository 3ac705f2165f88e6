// What the in-page probe (probe.ts) records while the app runs. Every time is the page's
// performance.now(), in milliseconds; the Node side converts with performance.timeOrigin when
// it compares with the fake server's clock, and moves the Live worker's records (probe-worker.ts,
// on the worker's own clock) onto the page's.

/** One microphone chunk the app's audio graph delivered to the main thread. */
export interface CaptureRecord {
  /** When the chunk's last sample was processed by the audio graph (the app's own definition of capturedAt). */
  capturedAt: number;
  /** When the main thread received it from the audio thread. */
  deliveredAt: number;
  /** 16 kHz samples in the chunk. */
  samples: number;
  /** When the app handed it to a WebSocket; -1 when it never did (not connected, muted, reconnecting). */
  sentAt: number;
  /** Index into `sockets`; -1 when not sent. */
  socket: number;
  /** The chunk's PCM16 bytes fingerprinted (probe-fingerprint.ts), to find its send on either thread. */
  key: number;
  /** Paired with a send whose bytes several chunks share (silence): sent, but its send time is uncertain. */
  ambiguous?: boolean;
}

/**
 * An audio send as the probe saw it (on the page or in the Live worker): paired with its chunk
 * afterwards, in Node, by the fingerprint of its bytes (bench/live/worker-records.ts).
 */
export interface UnpairedSend {
  at: number;
  socket: number;
  key: number;
}

/** A stretch of voiced 20 ms frames (RMS above the fake's detection threshold), in capture time. */
export interface SpeechSegment {
  start: number;
  end: number;
}

/** Silence turning into sound at an AudioContext's destination: the moment output becomes audible. */
export interface AudibleOnset {
  /** When that first sample reaches the speakers, by the context's getOutputTimestamp(). */
  at: number;
  /** When the audio graph rendered it (earlier by the context's base and output latency). */
  renderedAt: number;
  sampleRate: number;
}

/** A run of exact-zero samples at a destination that sound ended (page/zero-runs.ts), in render time. */
export interface OutputGap {
  /** When the graph rendered its first zero. */
  start: number;
  /** When it rendered the sample that sounded again. */
  end: number;
}

export interface SocketRecord {
  url: string;
  openedAt: number;
  /** The first server message (setupComplete); -1 until then. */
  firstMessageAt: number;
  audioSent: number;
}

export interface GoAwayRecord {
  at: number;
  /** The socket it arrived on: the connection it retires. */
  socket: number;
}

/**
 * One capture frame as the Live worker received it from the capture worklet's port (the page never
 * sees these): dated by the worklet on the capture context's clock, moved onto the page's clock in
 * Node with the page's samples of that clock (bench/live/frame-times.ts).
 */
export interface FrameRecord {
  /** Context time (s) at the end of the frame's last sample, as the worklet stamped it. */
  endTime: number;
  /** When the worker received it (the worker's clock until merged). */
  deliveredAt: number;
  samples: number;
  key: number;
}

/** The capture context's clock read on the page: getOutputTimestamp() and the latencies the app's own rule uses. */
export interface ClockSample {
  /** performance.now() when read. */
  at: number;
  currentTime: number;
  /** The output timestamp's pair; 0 before the context first rendered. */
  contextTime: number;
  performanceTime: number;
  /** baseLatency + outputLatency, ms. */
  aheadMs: number;
}

/** Samples of one capture context's clock (a new one per capture run). */
export interface CaptureClock {
  createdAt: number;
  samples: ClockSample[];
}

export interface ProbeRecords {
  captures: CaptureRecord[];
  /** Capture frames the Live worker received (probe-frames.ts); on the page, empty. */
  frames: FrameRecord[];
  /** The capture contexts' clocks, sampled on the page (probe-clock.ts). */
  captureClocks: CaptureClock[];
  speech: SpeechSegment[];
  /** Arrival of the first audio message of each reply (after ≥ 300 ms without audio messages). */
  replyStarts: number[];
  onsets: AudibleOnset[];
  /** Zero runs of at least MIN_ZERO_RUN_MS between sounds, at any destination. */
  outputGaps: OutputGap[];
  sockets: SocketRecord[];
  goAways: GoAwayRecord[];
  /** Audio sends, for pairing with their chunks by fingerprint. */
  sends: UnpairedSend[];
  /** Each activityStart sent (the answer opened): chunks captured before it and sent after were held back on purpose. */
  activityStarts: number[];
  /** Each activityEnd sent (the room handed the turn over). */
  activityEnds: number[];
  /** Audio sends that matched no captured chunk: non-zero means the pairing broke. */
  unmatchedSends: number;
  /** Sends whose bytes match several unsent chunks (digital silence): paired with the earliest, counted here. */
  ambiguousSends: number;
  /** Chunks whose computed capture time fell after their delivery and was clamped (see probe.ts). */
  cappedCaptureTimes: number;
  /** Server messages that were not text and so could not be inspected. */
  uninspectedMessages: number;
  /** The worklet player's own underrun counter (its status messages), highest seen. */
  playerUnderruns: number;
  /** Our player's time stretch, from its status messages (cumulative, source-rate samples). */
  playerStretch: { inserted: number; played: number; maxRate: number };
  /**
   * Chromium's own count of the device wanting audio the graph had not rendered in time
   * (AudioContext.playbackStats), summed over the contexts that sounded; refreshed when read.
   */
  device: { underrunEvents: number; underrunMs: number };
  /** The source-per-chunk player's underruns, by its own rule, observed from its start() calls. */
  baselineUnderruns: number;
  /** event.timeStamp of the trusted click on "Start interview". */
  startClickAt?: number;
}
