// The messages between the page's LiveClient proxy (live-worker-proxy.ts) and the worker that
// owns the Live session (live.worker.ts), with a guard for each direction: MessageEvent.data is
// untyped, and a message that fails its guard is dropped, never half-read.
// Audio rides as Int16Array with its buffer transferred; ports are transferred too.

import type { LiveToken, LiveTokenRequest } from '../../api/types';
import type { ReplyAction } from '../../../lib/reply-gate';
import type { LiveErrorCode, LiveEvents, LiveSessionRequest } from '../types';
import { isLiveEventMessage, isRecord, isString, isLiveErrorCode, type LiveEventMessage } from './worker-event-guards';

export type { LiveEventMessage } from './worker-event-guards';

/** Page → worker. */
export type WorkerCommand =
  /** The interview's choices; first, once. */
  | { type: 'open'; request: LiveSessionRequest }
  | { type: 'connect' }
  /** The answer to a 'token-request' of the same id. */
  | { type: 'token'; id: number; token: LiveToken }
  | { type: 'token-failed'; id: number; code: LiveErrorCode; message: string }
  /** Mono PCM16 at 16 kHz, from a microphone that cannot feed a capture port. */
  | { type: 'audio'; pcm: Int16Array }
  | { type: 'audio-stream-end' }
  | { type: 'activity-start' }
  | { type: 'activity-end' }
  | { type: 'text'; text: string }
  | { type: 'tool-response'; id: string; name: string; response: Record<string, unknown> }
  /** The capture worklet's frames for this session (MicSource.addCaptureConsumer). */
  | { type: 'capture-port'; port: MessagePort }
  /** Whether captured frames go out now: the interview is live and the candidate unmuted. */
  | { type: 'mic-open'; open: boolean }
  /** The room marks the candidate's turns: captured frames are held back outside an answer. */
  | { type: 'hold-answers' }
  /** The candidate's answer opened at `streamMs` on the capture stream's clock (worker-mic.ts). */
  | { type: 'answer-open'; streamMs: number }
  | { type: 'answer-close' }
  /** The reply's samples on their way to the playback worklet: held, released or dropped (lib/reply-gate.ts). */
  | { type: 'replies'; action: ReplyAction }
  /** A port into the playback worklet: reply audio and barge-in flushes go there directly. */
  | { type: 'playback-port'; port: MessagePort }
  | { type: 'close' };

/** Worker → page. */
export type WorkerReport =
  /** A fresh single-use token is needed: the page asks the token server with `request`. */
  | { type: 'token-request'; id: number; request: LiveTokenRequest }
  | { type: 'connected' }
  | { type: 'connect-failed'; code: LiveErrorCode; message: string }
  /** The session's events since the last report, in order. */
  | { type: 'events'; events: LiveEventMessage[] };

const isId = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const isPort = (v: unknown): v is MessagePort => typeof MessagePort !== 'undefined' && v instanceof MessagePort;

export function isLiveToken(v: unknown): v is LiveToken {
  return (
    isRecord(v) &&
    isString(v.token) &&
    isString(v.expiresAt) &&
    isString(v.model) &&
    isString(v.apiVersion) &&
    (v.baseUrl === undefined || isString(v.baseUrl))
  );
}

export function isSessionRequest(v: unknown): v is LiveSessionRequest {
  if (!isRecord(v) || !isRecord(v.config) || typeof v.durationMinutes !== 'number') return false;
  const c = v.config;
  const configOk =
    isString(c.voice) &&
    isString(c.languageCode) &&
    isString(c.systemInstruction) &&
    typeof c.silenceDurationMs === 'number' &&
    Array.isArray(c.tools) &&
    c.tools.every(isToolDeclaration);
  const manualOk = c.manualActivity === undefined || typeof c.manualActivity === 'boolean';
  return configOk && manualOk && (v.nudgeText === undefined || isString(v.nudgeText));
}

function isToolDeclaration(v: unknown): boolean {
  if (!isRecord(v) || !isString(v.name) || !isString(v.description)) return false;
  return (v.parameters === undefined || isRecord(v.parameters)) && (v.behavior === undefined || isString(v.behavior));
}

function isTokenRequest(v: unknown): v is LiveTokenRequest {
  const optional = (x: unknown, type: 'string' | 'number') => x === undefined || typeof x === type;
  return (
    isRecord(v) &&
    optional(v.voice, 'string') &&
    optional(v.languageCode, 'string') &&
    optional(v.durationMinutes, 'number')
  );
}

export function isWorkerCommand(v: unknown): v is WorkerCommand {
  if (!isRecord(v)) return false;
  switch (v.type) {
    case 'open':
      return isSessionRequest(v.request);
    case 'connect':
    case 'audio-stream-end':
    case 'activity-start':
    case 'activity-end':
    case 'hold-answers':
    case 'answer-close':
    case 'close':
      return true;
    case 'answer-open':
      return typeof v.streamMs === 'number' && Number.isFinite(v.streamMs) && v.streamMs >= 0;
    case 'token':
      return isId(v.id) && isLiveToken(v.token);
    case 'token-failed':
      return isId(v.id) && isLiveErrorCode(v.code) && isString(v.message);
    case 'audio':
      return v.pcm instanceof Int16Array;
    case 'text':
      return isString(v.text);
    case 'tool-response':
      return isString(v.id) && isString(v.name) && isRecord(v.response);
    case 'capture-port':
    case 'playback-port':
      return isPort(v.port);
    case 'mic-open':
      return typeof v.open === 'boolean';
    case 'replies':
      return v.action === 'hold' || v.action === 'release' || v.action === 'drop';
    default:
      return false;
  }
}

export function isWorkerReport(v: unknown): v is WorkerReport {
  if (!isRecord(v)) return false;
  switch (v.type) {
    case 'token-request':
      return isId(v.id) && isTokenRequest(v.request);
    case 'connected':
      return true;
    case 'connect-failed':
      return isLiveErrorCode(v.code) && isString(v.message);
    case 'events':
      return Array.isArray(v.events) && v.events.every(isLiveEventMessage);
    default:
      return false;
  }
}

/** One of the session's events as it crosses to the page. */
export function eventMessage<K extends keyof LiveEvents>(name: K, payload: LiveEvents[K]): LiveEventMessage {
  return { name, payload } as LiveEventMessage;
}
