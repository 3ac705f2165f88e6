// Guards for the Live session's events as they reach the page from the worker: one check per
// event name, so a payload the interview would misread never reaches it.

import type { ConnectionState, LiveErrorCode, LiveEvents } from '../types';

/** One event: its name and payload, as the LiveClient emits them. */
export type LiveEventMessage = { [K in keyof LiveEvents]: { name: K; payload: LiveEvents[K] } }[keyof LiveEvents];

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
export const isString = (v: unknown): v is string => typeof v === 'string';

// Records rather than lists, so a code, state or cause added to the union fails to compile here
// until the guard knows it too.
const ERROR_CODES: Record<LiveErrorCode, true> = {
  token: true,
  'live-off': true,
  'connect-timeout': true,
  'connect-failed': true,
  'connection-lost': true,
  'model-unavailable': true,
  'service-refused': true,
  'session-gone': true,
};
const STATES: Record<ConnectionState, true> = { connecting: true, open: true, reconnecting: true, closed: true };
const CAUSES: Record<LiveEvents['resumed']['cause'], true> = { goAway: true, drop: true, watchdog: true };

const oneOf = <T extends string>(table: Record<T, true>, v: unknown): v is T =>
  typeof v === 'string' && Object.hasOwn(table, v);
export const isLiveErrorCode = (v: unknown): v is LiveErrorCode => oneOf(ERROR_CODES, v);

type PayloadGuards = { [K in keyof LiveEvents]: (p: Record<string, unknown>) => boolean };

const PAYLOADS: PayloadGuards = {
  audio: (p) => p.pcm instanceof Int16Array,
  outputTranscript: (p) => isString(p.text),
  inputTranscript: (p) => isString(p.text),
  interrupted: () => true,
  generationComplete: () => true,
  turnComplete: () => true,
  toolCall: (p) => isString(p.id) && isString(p.name) && isRecord(p.args),
  connection: (p) => oneOf(STATES, p.state) && (p.step === undefined || p.step === 'token' || p.step === 'socket'),
  resumed: (p) => oneOf(CAUSES, p.cause) && (p.reasked === undefined || typeof p.reasked === 'boolean'),
  error: (p) => isLiveErrorCode(p.code) && isString(p.message),
  audioPlayed: (p) => typeof p.samples === 'number' && Number.isSafeInteger(p.samples) && p.samples >= 0,
};

export function isLiveEventMessage(v: unknown): v is LiveEventMessage {
  if (!isRecord(v) || !isString(v.name) || !isRecord(v.payload) || !Object.hasOwn(PAYLOADS, v.name)) return false;
  return PAYLOADS[v.name as keyof LiveEvents](v.payload);
}
