// Test helpers for the echo path: recognisable audio, decoding what was sent, predictable ids.

import { base64ToInt16 } from '../../../lib/base64';
import type { EchoAudioMessage } from '../echo-messages';

/** Audio where every sample differs from its neighbours, so a lost, doubled or swapped sample shows. */
export function distinctPcm(length: number, start = 0): Int16Array {
  const out = new Int16Array(length);
  for (let i = 0; i < length; i++) out[i] = (((start + i) * 7919) % 65536) - 32768;
  return out;
}

export function concatPcm(parts: readonly Int16Array[]): Int16Array {
  const out = new Int16Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export function isEchoAudio(message: unknown): message is EchoAudioMessage {
  return (
    typeof message === 'object' &&
    message !== null &&
    'event_type' in message &&
    message.event_type === 'conversation.echo'
  );
}

/** The samples carried by these echo messages, in order. */
export function echoedPcm(messages: readonly unknown[]): Int16Array {
  return concatPcm(messages.filter(isEchoAudio).map((m) => base64ToInt16(m.properties.audio)));
}

/** turn-1, turn-2, … so tests can say which turn an id belongs to. */
export function sequentialIds(prefix = 'turn-'): () => string {
  let n = 0;
  return () => `${prefix}${++n}`;
}

/**
 * Where two sample arrays first differ (-1 when equal). Cheaper than toEqual on long arrays and
 * says where the damage starts.
 */
export function firstDifference(a: Int16Array, b: Int16Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return i;
  return a.length === b.length ? -1 : n;
}
