// One Live session across many connections. A Live connection lasts ~10 minutes and networks
// drop; the interview must not notice. Rules this file keeps:
// - It remembers the newest resumable handle and resumes every new connection with it.
// - goAway (and a stalled model): make-before-break. The next connection opens while audio still
//   flows to the old one; the switch happens once the old one is quiet (not mid-reply), then the
//   old one is closed and nothing it says afterwards reaches the listeners.
// - Unexpected close: reconnect with backoff and jitter, each attempt with a fresh token (tokens
//   are single-use), until `giveUpAfterMs` have passed since the drop; then an error with a sentence.
// - 'reconnecting' is only reported when a gap outlasts `reconnectingNoticeMs`: a blip the
//   candidate cannot hear should not flash a banner.

import { backoffDelay, DEFAULT_BACKOFF } from '../../lib/backoff';
import { sleep, type TimerId } from './clock';
import { createEmitter } from './emitter';
import { connectError, CONNECTION_LOST_MESSAGE, tokenError } from './live-errors';
import { createQuietGate } from './quiet-gate';
import { RESILIENCE_DEFAULTS, type ResilientLiveOptions } from './resumption-options';
import { createStallWatchdog } from './watchdog';
import { LiveError, type ConnectionEvent, type ConnectionState, type LiveClient, type LiveConnection, type LiveEvents } from './types';

export { RESILIENCE_DEFAULTS, type ResilientLiveOptions } from './resumption-options';

/** One connection and the events it sent before it became the session's current one. */
interface Link {
  conn?: LiveConnection;
  early: ConnectionEvent[];
  closed: boolean;
  /** Replaced or discarded: whatever it still says is ignored. */
  retired: boolean;
}

type Cause = LiveEvents['resumed']['cause'];

export function createResilientLiveClient(opts: ResilientLiveOptions): LiveClient {
  const o = { ...RESILIENCE_DEFAULTS, ...opts };
  const emitter = createEmitter<LiveEvents>();
  const stop = new AbortController();
  const gate = createQuietGate(o.clock);
  let current: Link | undefined;
  let handle: string | undefined;
  let handleVersion = 0;
  let replacing = false;
  let shown: ConnectionState | undefined;
  let noticeTimer: TimerId | undefined;
  /** Typed answers and tool responses wait here while no connection is open. */
  const outbox: ((c: LiveConnection) => void)[] = [];

  const alive = () => !!current && !current.closed;
  const watchdog = createStallWatchdog({
    clock: o.clock,
    ...o.watchdog,
    onNudge: () => current?.conn?.sendText(o.nudgeText),
    onStalled: () => startReplacing('watchdog', 0),
  });

  function show(state: ConnectionState, step?: 'token' | 'socket') {
    if (state === shown && !step) return;
    shown = state;
    emitter.emit('connection', step ? { state, step } : { state });
  }

  async function openLink(onStep?: (step: 'token' | 'socket') => void): Promise<Link> {
    const link: Link = { early: [], closed: false, retired: false };
    onStep?.('token');
    const token = await o.getToken().catch((err: unknown) => Promise.reject(tokenError(err)));
    onStep?.('socket');
    link.conn = await o.open({ token, handle, onEvent: (e) => route(link, e) }).catch((err: unknown) => Promise.reject(connectError(err)));
    return link;
  }

  function route(link: Link, e: ConnectionEvent) {
    if (e.type === 'close') link.closed = true;
    if (link === current) return handleEvent(e);
    // A link that is not current yet keeps its events for the switch; a retired one is mute.
    if (!link.retired) link.early.push(e);
  }

  function retire(link: Link | undefined) {
    if (!link) return;
    link.retired = true;
    link.early = [];
    if (!link.closed) link.conn?.close();
  }

  function handleEvent(e: ConnectionEvent) {
    switch (e.type) {
      case 'audio':
      case 'outputTranscript':
        gate.setBusy(true);
        watchdog.modelOutput();
        return e.type === 'audio' ? emitter.emit('audio', { pcm: e.pcm }) : emitter.emit('outputTranscript', { text: e.text });
      case 'toolCall':
        watchdog.modelOutput();
        return emitter.emit('toolCall', { id: e.id, name: e.name, args: e.args });
      case 'inputTranscript':
        watchdog.candidateActivity();
        return emitter.emit('inputTranscript', { text: e.text });
      case 'interrupted':
        gate.setBusy(false);
        watchdog.candidateActivity();
        return emitter.emit('interrupted', {});
      case 'turnComplete':
        gate.setBusy(false);
        return emitter.emit('turnComplete', {});
      case 'generationComplete':
        return emitter.emit('generationComplete', {});
      case 'resumption':
        if (e.resumable && e.handle) {
          handle = e.handle;
          handleVersion++;
        }
        return;
      case 'goAway':
        return startReplacing('goAway', Math.max(0, (e.timeLeftMs ?? 10_000) - o.goAwayMarginMs));
      case 'close':
        return onDrop();
    }
  }

  function onDrop() {
    gate.setBusy(false);
    watchdog.stop();
    if (stop.signal.aborted) return;
    noticeTimer ??= o.clock.setTimeout(() => show('reconnecting'), o.reconnectingNoticeMs);
    startReplacing('drop', 0);
  }

  function switchTo(link: Link, cause?: Cause) {
    retire(current);
    current = link;
    gate.setBusy(false);
    if (noticeTimer !== undefined) o.clock.clearTimeout(noticeTimer);
    noticeTimer = undefined;
    if (cause) emitter.emit('resumed', { cause });
    show('open');
    const conn = link.conn;
    if (conn) outbox.splice(0).forEach((send) => send(conn));
    if (cause === 'watchdog') conn?.sendText(o.nudgeText);
    link.early.splice(0).forEach(handleEvent);
  }

  function startReplacing(cause: Cause, switchWithinMs: number) {
    if (replacing || stop.signal.aborted) return;
    replacing = true;
    const done = () => void (replacing = false);
    replace(cause, o.clock.now() + switchWithinMs).then(done, done);
  }

  async function replace(cause: Cause, deadline: number): Promise<void> {
    let attempt = 0;
    let droppedAt: number | undefined;
    while (!stop.signal.aborted) {
      if (alive()) await gate.whenQuiet(deadline, stop.signal, alive);
      const version = handleVersion;
      let link: Link;
      try {
        link = await openLink();
      } catch {
        if (!alive()) droppedAt ??= o.clock.now();
        if (droppedAt !== undefined && o.clock.now() - droppedAt >= o.giveUpAfterMs) return giveUp();
        await sleep(o.clock, backoffDelay(++attempt, o.backoff ?? DEFAULT_BACKOFF, o.random), stop.signal);
        continue;
      }
      if (alive()) await gate.whenQuiet(deadline, stop.signal, alive);
      // A newer resumption point arrived while this one opened: resuming from the older one
      // would forget the last exchange, unless the old connection is about to close anyway.
      const stale = version !== handleVersion && (!alive() || o.clock.now() < deadline);
      if (stop.signal.aborted || stale || link.closed) {
        retire(link);
        continue;
      }
      return switchTo(link, alive() ? cause : 'drop');
    }
  }

  function giveUp() {
    stop.abort();
    watchdog.stop();
    emitter.emit('error', { code: 'connection-lost', message: CONNECTION_LOST_MESSAGE });
    show('closed');
  }

  function sendOrQueue(send: (c: LiveConnection) => void) {
    if (alive() && current?.conn) send(current.conn);
    else outbox.push(send);
  }

  return {
    async connect() {
      const link = await openLink((step) => show('connecting', step));
      if (stop.signal.aborted) {
        retire(link);
        throw new LiveError('connect-failed', 'The interview was closed before it started.');
      }
      switchTo(link);
    },
    on: (event, cb) => emitter.on(event, cb),
    sendAudio(pcm) {
      if (alive()) current?.conn?.sendAudio(pcm);
    },
    sendAudioStreamEnd() {
      if (alive()) current?.conn?.sendAudioStreamEnd();
    },
    sendText(text) {
      watchdog.candidateActivity();
      sendOrQueue((c) => c.sendText(text));
    },
    sendToolResponse(id, name, response) {
      sendOrQueue((c) => c.sendToolResponse(id, name, response));
    },
    close() {
      stop.abort();
      watchdog.stop();
      if (noticeTimer !== undefined) o.clock.clearTimeout(noticeTimer);
      retire(current);
      current = undefined;
      show('closed');
    },
  };
}
