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

export type ToWorkerMessage = CapturePortMessage | InterviewerPlayingMessage | LoadModelMessage;

export type FromWorkerMessage =
  | { type: 'event'; event: VoiceActivityEvent }
  /** Stream time the worker has consumed up to, after each frame. */
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
  if (value.type === 'event') return isVoiceActivityEvent(value.event);
  if (value.type === 'position') return isTime(value.streamMs);
  if (value.type !== 'model') return false;
  return value.status === 'loaded'
    ? isTime(value.loadMs)
    : value.status === 'failed' && typeof value.reason === 'string';
}
