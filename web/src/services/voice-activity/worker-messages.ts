// Messages between the main thread and the voice-activity worker, with guards for each
// receiving side (MessageEvent.data is untyped).

import type { VoiceActivityEvent } from './types';

/** Main → worker: the capture worklet's port for a new capture run (frames start at position 0). */
export interface CapturePortMessage {
  type: 'capture-port';
  port: MessagePort;
}

/** Main → worker: the interviewer's voice is (not) playing; guard against its echo. */
export interface InterviewerPlayingMessage {
  type: 'interviewer-playing';
  playing: boolean;
}

/** Main → worker: now is a good time to load (download, compile) the model; until then the energy detector runs. */
export interface LoadModelMessage {
  type: 'load-model';
}

/**
 * Main → worker: whether the page follows the stream time between events (while it times a turn).
 * Each position report is a task on the page's thread, so they stop while nobody reads them.
 */
export interface FollowStreamMessage {
  type: 'follow-stream';
  on: boolean;
}

export type ToWorkerMessage = CapturePortMessage | InterviewerPlayingMessage | LoadModelMessage | FollowStreamMessage;

export type FromWorkerMessage =
  /** `streamMs`: how far the worker had heard when it emitted the event (its stream time then). */
  | { type: 'event'; event: VoiceActivityEvent; streamMs: number }
  /** Stream time the worker has consumed up to, while the page follows it (position-reports.ts). */
  | { type: 'position'; streamMs: number }
  /** How loading the model went: for diagnostics and the bench (the 'detector' event says who runs). */
  | { type: 'model'; status: 'loaded'; loadMs: number }
  | { type: 'model'; status: 'failed'; reason: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;

export function isToWorkerMessage(value: unknown): value is ToWorkerMessage {
  if (!isRecord(value)) return false;
  if (value.type === 'interviewer-playing') return typeof value.playing === 'boolean';
  if (value.type === 'load-model') return true;
  if (value.type === 'follow-stream') return typeof value.on === 'boolean';
  return value.type === 'capture-port' && typeof MessagePort !== 'undefined' && value.port instanceof MessagePort;
}

export function isVoiceActivityEvent(value: unknown): value is VoiceActivityEvent {
  if (!isRecord(value)) return false;
  if (value.type === 'detector') return value.kind === 'silero' || value.kind === 'energy' || value.kind === 'fvad';
  if (value.type === 'speech-start') return isTime(value.streamMs);
  return value.type === 'speech-end' && isTime(value.streamMs) && isTime(value.voicedMs);
}

export function isFromWorkerMessage(value: unknown): value is FromWorkerMessage {
  if (!isRecord(value)) return false;
  if (value.type === 'event') return isVoiceActivityEvent(value.event) && isTime(value.streamMs);
  if (value.type === 'position') return isTime(value.streamMs);
  if (value.type !== 'model') return false;
  return value.status === 'loaded'
    ? isTime(value.loadMs)
    : value.status === 'failed' && typeof value.reason === 'string';
}
