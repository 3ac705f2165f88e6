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
// - A reconnect of any cause that cut the interviewer mid-reply (reply-cut.ts) asks the model
//   for that reply again with a short text turn, since the server never replays it.
// - A close or refusal no new connection can mend (a retired model, a refused setup, a spent
//   quota: close-reasons.ts) ends the session at once with its own sentence.

import { backoffDelay, DEFAULT_BACKOFF } from '../../lib/backoff';
import { sleep } from '../../lib/clock';
import { createConnectionStateReporter } from './connection-state';
import { createEmitter } from '../../lib/emitter';
import { closeError, isFinal, readClose } from './close-reasons';
import { connectError, CONNECTION_LOST_MESSAGE, tokenError } from './live-errors';
import { createQuietGate } from './quiet-gate';
import { createActivityTurn } from './activity-turn';
import { createFloor } from './floor';
import { newLink, retire, type Link } from './link';
import { RESILIENCE_DEFAULTS, type ResilientLiveOptions } from './resumption-options';
import { createStallWatchdog } from './watchdog';
import { LiveError, type ConnectionEvent, type LiveClient, type LiveConnection, type LiveEvents } from './types';

export { RESILIENCE_DEFAULTS, type ResilientLiveOptions } from './resumption-options';

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
  const state = createConnectionStateReporter(o.clock, o.reconnectingNoticeMs, (e) => emitter.emit('connection', e));
  const show: typeof state.show = (s, step) => state.show(s, step);
  /** Typed answers and tool responses wait here while no connection is open. */
  const outbox: ((c: LiveConnection) => void)[] = [];
  /** The candidate's turn, when the client marks it itself (activity-turn.ts). */
  const turn = createActivityTurn(o.manualActivity ?? false);

  const alive = () => !!current && !current.closed;
  const watchdog = createStallWatchdog({
    clock: o.clock,
    ...o.watchdog,
    onNudge: () => (current?.conn ? turn.text(current.conn, o.nudgeText) : undefined),
    onStalled: () => startReplacing('watchdog', 0),
  });
  const floor = createFloor(gate, watchdog);

  async function openLink(onStep?: (step: 'token' | 'socket') => void): Promise<Link> {
    const link = newLink();
    onStep?.('token');
    const token = await o.getToken().catch((err: unknown) => Promise.reject(tokenError(err)));
    onStep?.('socket');
    link.conn = await o
      .open({ token, handle, onEvent: (e) => route(link, e) })
      .catch((err: unknown) => Promise.reject(connectError(err)));
    return link;
  }

  function route(link: Link, e: ConnectionEvent) {
    if (e.type === 'close') link.closed = true;
    if (link === current) return handleEvent(e);
    // A link that is not current yet keeps its events for the switch; a retired one is mute.
    if (!link.retired) link.early.push(e);
  }

  function handleEvent(e: ConnectionEvent) {
    switch (e.type) {
      case 'audio':
        floor.modelOutput();
        return emitter.emit('audio', { pcm: e.pcm });
      case 'outputTranscript':
        floor.modelOutput();
        return emitter.emit('outputTranscript', { text: e.text });
      case 'toolCall':
        floor.activity(); // the app's response is owed next
        return emitter.emit('toolCall', { id: e.id, name: e.name, args: e.args });
      case 'inputTranscript':
        floor.activity();
        return emitter.emit('inputTranscript', { text: e.text });
      case 'interrupted':
        floor.interrupted();
        return emitter.emit('interrupted', {});
      case 'turnComplete':
        floor.turnComplete();
        return emitter.emit('turnComplete', {});
      case 'generationComplete':
        return emitter.emit('generationComplete', {});
      case 'resumption':
        return onResumption(e.resumable, e.handle);
      case 'goAway':
        return startReplacing('goAway', Math.max(0, (e.timeLeftMs ?? 10_000) - o.goAwayMarginMs));
      case 'close':
        return readClose(e.code, e.reason).retry ? onDrop() : giveUp(closeError(e.code, e.reason).message);
    }
  }

  /** Only a resumable update carries a usable handle; `resumable: false` says the model is generating. */
  function onResumption(resumable: boolean, newHandle: string | undefined) {
    floor.resumption(resumable);
    if (!resumable || !newHandle) return;
    handle = newHandle;
    handleVersion++;
  }

  function onDrop() {
    floor.dropped();
    if (stop.signal.aborted) return;
    state.gapStarted();
    startReplacing('drop', 0);
  }

  function switchTo(link: Link, cause?: Cause) {
    retire(current);
    current = link;
    state.gapEnded();
    const reasked = floor.takeCut() && !!cause;
    if (cause) emitter.emit('resumed', { cause, reasked });
    show('open');
    const conn = link.conn;
    if (conn) turn.carryOver(conn);
    // The cut reply first: the model owes it, and a typed answer queued meanwhile comes after.
    if (conn && reasked) turn.text(conn, o.reaskText);
    else if (conn && cause === 'watchdog') turn.text(conn, o.nudgeText);
    if (conn) outbox.splice(0).forEach((send) => send(conn));
    // Something is owed now: the asked-for reply, or the answer to the nudge.
    if (reasked || cause === 'watchdog') watchdog.activity();
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
      } catch (err) {
        if (isFinal(err)) return giveUp(err.message);
        if (!alive()) droppedAt ??= o.clock.now();
        if (droppedAt !== undefined && o.clock.now() - droppedAt >= o.giveUpAfterMs)
          return giveUp(CONNECTION_LOST_MESSAGE);
        await sleep(o.clock, backoffDelay(++attempt, o.backoff ?? DEFAULT_BACKOFF, o.random), stop.signal);
        continue;
      }
      if (alive()) await gate.whenQuiet(deadline, stop.signal, alive);
      // A newer resumption point arrived while this one opened: resuming from the older one
      // would forget the last exchange (the service restores the session as of the handle), so
      // open again with the newer one, even past the deadline. The retiring connection still
      // carries audio meanwhile, and if it closes first this becomes a drop resumed from the
      // newest handle. (Resuming stale past the deadline once made the interviewer ask its
      // greeting again after the answer, when a goAway came as the greeting finished.)
      const stale = version !== handleVersion;
      if (stop.signal.aborted || stale || link.closed) {
        retire(link);
        continue;
      }
      return switchTo(link, alive() ? cause : 'drop');
    }
  }

  function giveUp(message: string) {
    if (stop.signal.aborted) return;
    stop.abort();
    watchdog.stop();
    retire(current);
    emitter.emit('error', { code: 'connection-lost', message });
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
      if (alive()) turn.audioStreamEnd(current?.conn);
    },
    sendActivityStart() {
      turn.start(alive() ? current?.conn : undefined);
    },
    sendActivityEnd() {
      // The model owes a reply from here on: the stall watchdog starts counting.
      if (turn.end(alive() ? current?.conn : undefined)) floor.activity();
    },
    sendText(text) {
      floor.activity();
      sendOrQueue((c) => turn.text(c, text));
    },
    sendToolResponse(id, name, response) {
      sendOrQueue((c) => c.sendToolResponse(id, name, response));
    },
    close() {
      stop.abort();
      watchdog.stop();
      state.gapEnded();
      retire(current);
      current = undefined;
      show('closed');
    },
  };
}
