import type { ProbeRecords } from './probe-records.ts';
import { type ProbeState, REPLY_GAP_MS } from './probe-state.ts';

// The probe's network side: each audio chunk's WebSocket send (paired with the chunk in flight)
// and each server message's arrival (reply audio, goAway).

/** Samples in a realtimeInput audio message, from the base64 length alone (no decoding). */
export function audioSamples(json: string): number {
  const at = json.indexOf('"data":"');
  const end = json.indexOf('"', at + 8);
  if (at < 0 || end < 0) return -1;
  const padding = json[end - 1] === '=' ? (json[end - 2] === '=' ? 2 : 1) : 0;
  return ((end - at - 8) * 3) / 4 / 2 - padding / 2;
}

export function noteSend(r: ProbeRecords, state: ProbeState, socket: number, data: string): void {
  if (!data.includes('"realtimeInput"') || !data.includes('"audio"')) return;
  const sentAt = performance.now();
  const record = r.sockets[socket];
  if (record) record.audioSent++;
  const chunk = r.captures[state.pending];
  if (chunk && chunk.samples === Math.floor(audioSamples(data))) {
    chunk.sentAt = sentAt;
    chunk.socket = socket;
    state.pending = -1;
  } else r.unmatchedSends++;
}

export function noteMessage(r: ProbeRecords, state: ProbeState, socket: number, data: unknown): void {
  const record = r.sockets[socket];
  if (record && record.firstMessageAt < 0) record.firstMessageAt = performance.now();
  if (typeof data !== 'string') {
    r.uninspectedMessages++;
    return;
  }
  const now = performance.now();
  if (data.includes('"inlineData"')) {
    if (now - state.lastAudioMessageAt > REPLY_GAP_MS) r.replyStarts.push(now);
    state.lastAudioMessageAt = now;
  }
  if (data.includes('"goAway"')) r.goAways.push({ at: now, socket });
}

export function watchSockets(r: ProbeRecords, state: ProbeState): void {
  const Native = window.WebSocket;
  const ids = new WeakMap<WebSocket, number>();
  window.WebSocket = class extends Native {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols);
      const id = r.sockets.length;
      ids.set(this, id);
      r.sockets.push({ url: String(url), openedAt: performance.now(), firstMessageAt: -1, audioSent: 0 });
      this.addEventListener('message', (event: MessageEvent<unknown>) => noteMessage(r, state, id, event.data));
    }
  };
  // eslint-disable-next-line @typescript-eslint/unbound-method -- called with .call below
  const nativeSend = Native.prototype.send;
  Native.prototype.send = function (this: WebSocket, data: string | ArrayBufferLike | Blob | ArrayBufferView) {
    nativeSend.call(this, data);
    if (typeof data === 'string') noteSend(r, state, ids.get(this) ?? -1, data);
  };
}
