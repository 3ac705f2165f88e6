// Turns one Live API server message into the connection's typed events. The SDK hands the
// message over as parsed JSON without checking it, so every field is narrowed here.

import { base64ToInt16 } from '../../lib/base64';
import type { ConnectionEvent } from './types';

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/**
 * Events come out in the order the interview needs them: audio before the transcription of the
 * same message, and the end of a turn (interrupted, then turnComplete) after both, so a turn
 * is never closed before its last fragment arrived.
 */
export function parseServerMessage(message: unknown): ConnectionEvent[] {
  if (!isObj(message)) return [];
  const events: ConnectionEvent[] = [];
  if (isObj(message.serverContent)) events.push(...parseServerContent(message.serverContent));
  if (isObj(message.toolCall)) events.push(...parseToolCall(message.toolCall));
  if (isObj(message.sessionResumptionUpdate)) {
    const u = message.sessionResumptionUpdate;
    const handle = str(u.newHandle);
    events.push({ type: 'resumption', resumable: u.resumable === true && !!handle, ...(handle ? { handle } : {}) });
  }
  if (isObj(message.goAway)) {
    const timeLeftMs = parseDurationMs(message.goAway.timeLeft);
    events.push(timeLeftMs === undefined ? { type: 'goAway' } : { type: 'goAway', timeLeftMs });
  }
  return events;
}

function parseServerContent(content: Obj): ConnectionEvent[] {
  const events: ConnectionEvent[] = [];
  const parts = isObj(content.modelTurn) && Array.isArray(content.modelTurn.parts) ? content.modelTurn.parts : [];
  for (const part of parts) {
    const pcm = isObj(part) ? audioOf(part.inlineData) : undefined;
    if (pcm && pcm.length > 0) events.push({ type: 'audio', pcm });
  }
  const out = isObj(content.outputTranscription) ? str(content.outputTranscription.text) : undefined;
  if (out) events.push({ type: 'outputTranscript', text: out });
  const input = isObj(content.inputTranscription) ? str(content.inputTranscription.text) : undefined;
  if (input) events.push({ type: 'inputTranscript', text: input });
  if (content.interrupted === true) events.push({ type: 'interrupted' });
  if (content.generationComplete === true) events.push({ type: 'generationComplete' });
  if (content.turnComplete === true) events.push({ type: 'turnComplete' });
  return events;
}

/** Only 24 kHz PCM is expected; anything else (e.g. a thought's text part) is not audio to play. */
function audioOf(inline: unknown): Int16Array | undefined {
  if (!isObj(inline)) return undefined;
  const mime = str(inline.mimeType) ?? '';
  const data = str(inline.data);
  if (!data || !mime.startsWith('audio/pcm')) return undefined;
  try {
    return base64ToInt16(data);
  } catch {
    return undefined; // one corrupt chunk is a click at worst; the session goes on
  }
}

function parseToolCall(call: Obj): ConnectionEvent[] {
  const calls = Array.isArray(call.functionCalls) ? call.functionCalls : [];
  const events: ConnectionEvent[] = [];
  for (const fc of calls) {
    if (!isObj(fc)) continue;
    const name = str(fc.name);
    if (!name) continue;
    events.push({ type: 'toolCall', id: str(fc.id) ?? '', name, args: isObj(fc.args) ? fc.args : {} });
  }
  return events;
}

/** Protobuf JSON durations look like "50s" or "1.5s". */
export function parseDurationMs(value: unknown): number | undefined {
  const s = str(value);
  const m = s ? /^(\d+(?:\.\d+)?)s$/.exec(s.trim()) : null;
  return m?.[1] ? Math.round(Number(m[1]) * 1000) : undefined;
}
