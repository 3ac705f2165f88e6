import { fingerprintAudioMessage } from './probe-fingerprint.ts';
import type { ProbeRecords } from './probe-records.ts';
import { type ProbeState, REPLY_GAP_MS } from './probe-state.ts';

// The probe's network side: each audio chunk's WebSocket send (paired with the chunk in flight,
// or fingerprinted where the chunks never arrive) and each server message's arrival (reply audio,
// goAway). It runs on the page and in the Live worker alike (globalThis).

/**
 * Every audio send with the fingerprint of its bytes; Node pairs each with its chunk afterwards
 * (bench/live/worker-records.ts), whichever thread sent it: the page (the baseline) or the Live
 * worker, which never sees the chunks.
 */
export function noteSend(r: ProbeRecords, socket: number, data: string): void {
  if (data.includes('"activityStart"')) r.activityStarts.push(performance.now());
  if (data.includes('"activityEnd"')) r.activityEnds.push(performance.now());
  if (!data.includes('"realtimeInput"') || !data.includes('"audio"')) return;
  const at = performance.now();
  const record = r.sockets[socket];
  if (record) record.audioSent++;
  r.sends.push({ at, socket, key: fingerprintAudioMessage(data) });
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
  const Native = globalThis.WebSocket;
  const ids = new WeakMap<WebSocket, number>();
  globalThis.WebSocket = class extends Native {
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
    if (typeof data === 'string') noteSend(r, ids.get(this) ?? -1, data);
  };
}
