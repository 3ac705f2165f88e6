// Guards for the Live session's events as they reach the page from the worker: one check per
// event name, so a payload the interview would misread never reaches it.

import type { ConnectionState, LiveErrorCode, LiveEvents } from '../types';

/** One event: its name and payload, as the LiveClient emits them. */
export type LiveEventMessage = { [K in keyof LiveEvents]: { name: K; payload: LiveEvents[K] } }[keyof LiveEvents];

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
export const isString = (v: unknown): v is string => typeof v === 'string';

const ERROR_CODES: readonly LiveErrorCode[] = [
  'token',
  'connect-timeout',
  'connect-failed',
  'connection-lost',
  'model-unavailable',
  'service-refused',
  'session-gone',
];
const STATES: readonly ConnectionState[] = ['connecting', 'open', 'reconnecting', 'closed'];
const CAUSES: readonly LiveEvents['resumed']['cause'][] = ['goAway', 'drop', 'watchdog'];

export const isLiveErrorCode = (v: unknown): v is LiveErrorCode => ERROR_CODES.includes(v as LiveErrorCode);

type PayloadGuards = { [K in keyof LiveEvents]: (p: Record<string, unknown>) => boolean };

const PAYLOADS: PayloadGuards = {
  audio: (p) => p.pcm instanceof Int16Array,
  outputTranscript: (p) => isString(p.text),
  inputTranscript: (p) => isString(p.text),
  interrupted: () => true,
  generationComplete: () => true,
  turnComplete: () => true,
  toolCall: (p) => isString(p.id) && isString(p.name) && isRecord(p.args),
  connection: (p) =>
    STATES.includes(p.state as ConnectionState) && (p.step === undefined || p.step === 'token' || p.step === 'socket'),
  resumed: (p) =>
    CAUSES.includes(p.cause as LiveEvents['resumed']['cause']) &&
    (p.reasked === undefined || typeof p.reasked === 'boolean'),
  error: (p) => isLiveErrorCode(p.code) && isString(p.message),
};

export function isLiveEventMessage(v: unknown): v is LiveEventMessage {
  if (!isRecord(v) || !isString(v.name) || !isRecord(v.payload) || !Object.hasOwn(PAYLOADS, v.name)) return false;
  return PAYLOADS[v.name as keyof LiveEvents](v.payload);
}
