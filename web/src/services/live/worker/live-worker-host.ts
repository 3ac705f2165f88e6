// The worker's side of the Live session: it owns the LiveClient (resumption, watchdog, close
// reasons, the SDK and its socket all run here), obeys the page's commands, asks the page for
// each connection's token, and reports the session's events in batches (one message per frame
// at most). Reply audio goes straight to the playback worklet when the page handed over a port
// into it, and captured audio comes straight from the capture worklet (worker-mic.ts); the page
// never sees the samples then. Free of worker globals, so Node tests drive it with plain functions.

import type { FrameScheduler } from '../../../lib/frame-batcher';
import { createFrameBatcher } from '../../../lib/frame-batcher';
import { createReplyGate } from '../../../lib/reply-gate';
import type { ApiClient, LiveToken, LiveTokenRequest } from '../../api/types';
import { LIVE_EVENT_NAMES } from '../event-names';
import { LiveError, type LiveClient, type LiveEventName, type LiveSessionRequest } from '../types';
import {
  eventMessage,
  isWorkerCommand,
  type LiveEventMessage,
  type WorkerCommand,
  type WorkerReport,
} from './worker-messages';
import { createWorkerMic } from './worker-mic';

export interface LiveWorkerHostDeps {
  post(report: WorkerReport, transfer?: Transferable[]): void;
  /** Builds the session's client; its tokens come from `api`, which the page answers. */
  createClient(request: LiveSessionRequest, api: Pick<ApiClient, 'liveToken'>): LiveClient;
  /** When queued events are reported (about once per display frame). */
  scheduler: FrameScheduler;
  /** The session closed: the worker may end. */
  onClosed?(): void;
}

export interface LiveWorkerHost {
  receive(data: unknown): void;
}

/** Every event but reply audio, which has a path of its own. */
type ForwardedEventName = Exclude<LiveEventName, 'audio' | 'audioPlayed'>;
const FORWARDED = LIVE_EVENT_NAMES.filter(
  (name): name is ForwardedEventName => name !== 'audio' && name !== 'audioPlayed',
);

export function createLiveWorkerHost(deps: LiveWorkerHostDeps): LiveWorkerHost {
  let client: LiveClient | undefined;
  let playback: MessagePort | undefined;
  const mic = createWorkerMic(() => client);
  let nextTokenId = 1;
  const tokens = new Map<number, { resolve: (t: LiveToken) => void; reject: (e: unknown) => void }>();
  const batch = createFrameBatcher<LiveEventMessage>(deps.scheduler, (events) => postEvents(events));
  /** Reply audio held back while the room hands an answer over early (lib/reply-gate.ts). */
  const replies = createReplyGate<Int16Array>((pcm) => playReply(pcm));

  function postEvents(events: LiveEventMessage[]) {
    const transfer = events.flatMap((e) => (e.name === 'audio' ? [e.payload.pcm.buffer as ArrayBuffer] : []));
    deps.post({ type: 'events', events }, transfer);
  }

  const api: Pick<ApiClient, 'liveToken'> = {
    liveToken: (request: LiveTokenRequest) =>
      new Promise<LiveToken>((resolve, reject) => {
        const id = nextTokenId++;
        tokens.set(id, { resolve, reject });
        deps.post({ type: 'token-request', id, request });
      }),
  };

  function onReplyAudio(pcm: Int16Array) {
    // While the candidate's answer is open, reply audio is the tail of the reply they cut off
    // (activityStart interrupts it upstream, a little later): it is not played.
    if (mic.answerOpen()) return;
    if (!playback) return batch.push(eventMessage('audio', { pcm }));
    // Only the samples wait here; the page hears of them now, in order with the reply's words
    // and turn end, and holds that report in the same way (features/interview/turn/held-replies.ts).
    const samples = pcm.length; // read first: passing the samples on may transfer their buffer
    replies.push(pcm);
    batch.push(eventMessage('audioPlayed', { samples }));
  }

  function playReply(pcm: Int16Array) {
    const owned = pcm.byteOffset === 0 && pcm.byteLength === pcm.buffer.byteLength ? pcm : pcm.slice();
    playback?.postMessage({ type: 'pcm', pcm: owned }, [owned.buffer]);
  }

  function open(request: LiveSessionRequest) {
    if (client) return;
    const made = deps.createClient(request, api);
    client = made;
    made.on('audio', ({ pcm }) => onReplyAudio(pcm));
    // The barge-in flush reaches the player before any later reply audio, in this thread's order.
    made.on('interrupted', () => playback?.postMessage({ type: 'flush' }));
    for (const name of FORWARDED) forward(made, name);
  }

  function forward<K extends (typeof FORWARDED)[number]>(from: LiveClient, name: K) {
    from.on(name, (payload) => batch.push(eventMessage(name, payload)));
  }

  function connect() {
    const current = client;
    if (!current)
      return deps.post({
        type: 'connect-failed',
        code: 'connect-failed',
        message: 'The interview was closed before it started.',
      });
    current.connect().then(
      () => {
        batch.flush(); // the events of the connect come before its result
        deps.post({ type: 'connected' });
      },
      (err: unknown) => {
        batch.flush();
        const e =
          err instanceof LiveError
            ? err
            : new LiveError(
                'connect-failed',
                'Mockingbird could not connect to the interviewer. Check your connection and try again.',
              );
        deps.post({ type: 'connect-failed', code: e.code, message: e.message });
      },
    );
  }

  function openAnswer(streamMs: number) {
    // Barge-in: what is queued stops at once, in order with the replies this thread posted.
    playback?.postMessage({ type: 'flush' });
    mic.openAnswer(streamMs);
  }

  function close() {
    client?.close();
    batch.flush();
    batch.dispose();
    mic.close();
    playback?.close();
    [client, playback] = [undefined, undefined];
    tokens.forEach((t) => t.reject(new LiveError('connect-failed', 'The interview was closed.')));
    tokens.clear();
    deps.onClosed?.();
  }

  function apply(command: WorkerCommand) {
    switch (command.type) {
      case 'open':
        return open(command.request);
      case 'connect':
        return connect();
      case 'token':
      case 'token-failed': {
        const waiting = tokens.get(command.id);
        tokens.delete(command.id);
        if (command.type === 'token') return waiting?.resolve(command.token);
        return waiting?.reject(new LiveError(command.code, command.message));
      }
      case 'audio':
        return client?.sendAudio(command.pcm);
      case 'audio-stream-end':
        return client?.sendAudioStreamEnd();
      case 'activity-start':
        return client?.sendActivityStart();
      case 'activity-end':
        return client?.sendActivityEnd();
      case 'text':
        return client?.sendText(command.text);
      case 'tool-response':
        return client?.sendToolResponse(command.id, command.name, command.response);
      case 'capture-port':
        return mic.usePort(command.port);
      case 'mic-open':
        return mic.setOpen(command.open);
      case 'hold-answers':
        return mic.holdAnswers();
      case 'answer-open':
        return openAnswer(command.streamMs);
      case 'answer-close':
        return mic.closeAnswer();
      case 'replies':
        return replies.apply(command.action);
      case 'playback-port':
        playback?.close();
        playback = command.port;
        return;
      case 'close':
        return close();
    }
  }

  return {
    receive(data) {
      if (isWorkerCommand(data)) apply(data);
    },
  };
}
