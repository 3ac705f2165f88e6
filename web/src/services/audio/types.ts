// The audio path's seams. Real implementations use AudioWorklets; tests use fakes.

/** Why the microphone could not be used, narrowed from DOMException names. */
export type MicErrorReason = 'denied' | 'not-found' | 'in-use' | 'insecure-context' | 'unsupported' | 'unknown';

export class MicError extends Error {
  constructor(
    readonly reason: MicErrorReason,
    message: string,
  ) {
    super(message);
    this.name = 'MicError';
  }
}

export interface MicChunk {
  /** Mono PCM16 little-endian at 16 kHz, 10–40 ms long. */
  pcm: Int16Array;
  /**
   * performance.now() (main thread clock) when the chunk's last sample reached the audio graph,
   * derived from the audio clock, so main-thread delays do not hide in it. Device input latency
   * (not exposed by browsers) is not included.
   */
  capturedAt: number;
}

export interface MicSource {
  /** Asks for permission and starts capturing. Rejects with MicError. */
  start(opts?: { deviceId?: string }): Promise<void>;
  /** Called for every chunk while started and not muted. Returns an unsubscribe function. */
  onChunk(cb: (chunk: MicChunk) => void): () => void;
  /** Input level 0..1 (RMS, smoothed), also while muted so the meter still moves. */
  level(): number;
  setMuted(muted: boolean): void;
  /** The device was unplugged or the track ended for another reason. */
  onEnded(cb: () => void): () => void;
  stop(): Promise<void>;
  /**
   * The microphone's own stream while started, for a recording of the interview (so it needs no
   * second getUserMedia). Raw: mute only stops chunks, so a recorder applies mute itself.
   */
  stream?(): MediaStream | undefined;
  /**
   * Capture consumers (the voice-activity worker, a Live worker): `onPort` receives a
   * MessagePort on which the capture worklet posts every unmuted 16 kHz frame with its stream
   * position (see CaptureFrameMessage in worklet-messages.ts). It is called now if capture is
   * running and again with a fresh port each time capture restarts. Returns a remove function.
   * Absent on sources that cannot feed a port (the benchmark's baseline path).
   */
  addCaptureConsumer?(onPort: (port: MessagePort) => void): () => void;
  /**
   * Whether onChunk listeners get audio (on by default). Off while a capture consumer sends the
   * audio itself, so no samples cross the main thread; level() keeps working.
   */
  setChunkDelivery?(on: boolean): void;
}

export interface PcmPlayerStats {
  underruns: number;
  /** Samples (at 24 kHz) queued but not yet played, as of the player's latest report. */
  bufferedSamples: number;
  /** Samples (at 24 kHz) a time stretch added so far; absent for a player that never stretches. */
  stretchedSamples?: number;
}

export interface PcmPlayer {
  /**
   * Must be called from a user gesture the first time (autoplay policy). Settles once the player
   * can be heard: the browser lets sound play and the player's audio-thread code has loaded.
   */
  resume(): Promise<void>;
  /**
   * After resume(): settles as soon as the browser lets sound play, without waiting for the
   * player's code to load. Only this wait says whether sound is held back; the code can load
   * slowly on a busy machine. Without it, resume() is the only signal.
   */
  unlocked?(): Promise<void>;
  /**
   * Queues mono PCM16 at 24 kHz for gap-free playback. Takes ownership: the array's buffer may be
   * transferred to the audio thread (and so detached), so do not use `pcm` after the call.
   */
  enqueue(pcm: Int16Array): void;
  /** Drops everything queued, fading out over a few ms so there is no click (barge-in). */
  flush(): void;
  /** Output level 0..1 (RMS, smoothed, measured before local mute), drives the "speaking" visual. */
  level(): number;
  /** Fires when audible output starts after silence, and when the queue runs dry. */
  onPlaying(cb: (playing: boolean) => void): () => void;
  /** Mutes local output (while the avatar plays its own lip-synced audio) without stopping the queue clock. */
  setMuted(muted: boolean): void;
  stats(): PcmPlayerStats;
  close(): Promise<void>;
  /** The node whose output is what the candidate hears, once resume() has opened it (recording). */
  output?(): AudioNode | undefined;
  /**
   * A port into the playback worklet for another thread (the Live worker): 'pcm' and 'flush'
   * commands posted on it play as enqueue() and flush() would. Undefined until resume() opened
   * the worklet. Status, level and playing still come through this player.
   */
  addSourcePort?(): MessagePort | undefined;
}
