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

/** What a server message says, noted at `at` (its arrival; the text may be read later). */
function inspectMessage(r: ProbeRecords, state: ProbeState, socket: number, text: string, at: number): void {
  if (text.includes('"inlineData"')) {
    if (at - state.lastAudioMessageAt > REPLY_GAP_MS) r.replyStarts.push(at);
    state.lastAudioMessageAt = at;
  }
  if (text.includes('"goAway"')) r.goAways.push({ at, socket });
}

/**
 * The hosted service sends its JSON in binary frames (the fake does too), which a page receives
 * as Blobs by default: the arrival time is taken at once, the text is read after, in arrival order.
 */
export function noteMessage(r: ProbeRecords, state: ProbeState, socket: number, data: unknown): void {
  const at = performance.now();
  const record = r.sockets[socket];
  if (record && record.firstMessageAt < 0) record.firstMessageAt = at;
  if (typeof data === 'string') return inspectMessage(r, state, socket, data, at);
  if (data instanceof ArrayBuffer) return inspectMessage(r, state, socket, new TextDecoder().decode(data), at);
  if (!(data instanceof Blob)) {
    r.uninspectedMessages++;
    return;
  }
  state.reading = state.reading
    .then(
      () => data.text().then((text) => inspectMessage(r, state, socket, text, at)),
      () => undefined,
    )
    .catch(() => void r.uninspectedMessages++);
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
