// Messages between the audio worklets and the main thread, with guards for the receiving side
// (MessageEvent.data is untyped).

/** Names the worklet files register their processors under. */
export const CAPTURE_PROCESSOR = 'mockingbird-capture';
export const PLAYBACK_PROCESSOR = 'mockingbird-playback';

/** Capture worklet → main thread: one chunk of 16 kHz PCM16 (its buffer is transferred). */
export interface CaptureChunkMessage {
  type: 'chunk';
  pcm: Int16Array;
  /** Context time (seconds) at which the chunk's last sample was captured. */
  endTime: number;
  level: number;
}

/** Capture worklet → main thread while muted: the level only, no audio. */
export interface CaptureLevelMessage {
  type: 'level';
  level: number;
}

export type CaptureMessage = CaptureChunkMessage | CaptureLevelMessage;

/** Main thread → either worklet. */
export interface MuteMessage {
  type: 'mute';
  muted: boolean;
}

/** Main thread → capture worklet: whether chunks with samples come to the main thread (levels always do). */
export interface ChunkDeliveryMessage {
  type: 'chunk-delivery';
  on: boolean;
}

/** Main thread → playback worklet. */
export type PlaybackCommand = { type: 'pcm'; pcm: Int16Array } | { type: 'flush' } | MuteMessage;

/**
 * Main thread → playback worklet: another thread (the Live worker) posts 'pcm' and 'flush'
 * commands on this port, so reply audio reaches the worklet without the main thread.
 */
export interface SourcePortMessage {
  type: 'source-port';
  port: MessagePort;
}

/** Playback worklet → main thread, ~30 times a second while sound is playing and on every change of `playing`. */
export interface PlaybackStatusMessage {
  type: 'status';
  playing: boolean;
  level: number;
  underruns: number;
  /** Silence the underruns left mid-reply, in samples at the source rate (24 kHz). */
  starvedSamples: number;
  /** The start wait in force, learned from the jitter of arriving chunks, at the source rate. */
  startWaitSamples: number;
  /** Samples queued, at the source rate (24 kHz). */
  bufferedSamples: number;
  droppedSamples: number;
  /** Samples the time stretch inserted (playout-stretch.ts), at the source rate, since the player started. */
  stretchedSamples: number;
  /** Samples played, inserted ones included, at the source rate, since the player started. */
  playedSamples: number;
  /** The highest lengthening rate over any 200 ms of output so far (0.2: played 20 % longer). */
  maxStretchRate: number;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

export function isCaptureMessage(value: unknown): value is CaptureMessage {
  if (!isRecord(value) || typeof value.level !== 'number') return false;
  if (value.type === 'level') return true;
  return value.type === 'chunk' && value.pcm instanceof Int16Array && typeof value.endTime === 'number';
}

export function isPlaybackStatus(value: unknown): value is PlaybackStatusMessage {
  return (
    isRecord(value) &&
    value.type === 'status' &&
    typeof value.playing === 'boolean' &&
    typeof value.level === 'number' &&
    typeof value.underruns === 'number' &&
    typeof value.starvedSamples === 'number' &&
    typeof value.startWaitSamples === 'number' &&
    typeof value.bufferedSamples === 'number' &&
    typeof value.droppedSamples === 'number' &&
    typeof value.stretchedSamples === 'number' &&
    typeof value.playedSamples === 'number' &&
    typeof value.maxStretchRate === 'number'
  );
}

export function isPlaybackCommand(value: unknown): value is PlaybackCommand {
  if (!isRecord(value)) return false;
  if (value.type === 'flush') return true;
  if (value.type === 'mute') return typeof value.muted === 'boolean';
  return value.type === 'pcm' && value.pcm instanceof Int16Array;
}

export function isMuteMessage(value: unknown): value is MuteMessage {
  return isRecord(value) && value.type === 'mute' && typeof value.muted === 'boolean';
}

export function isChunkDeliveryMessage(value: unknown): value is ChunkDeliveryMessage {
  return isRecord(value) && value.type === 'chunk-delivery' && typeof value.on === 'boolean';
}

export function isSourcePortMessage(value: unknown): value is SourcePortMessage {
  return (
    isRecord(value) &&
    value.type === 'source-port' &&
    typeof MessagePort !== 'undefined' &&
    value.port instanceof MessagePort
  );
}
