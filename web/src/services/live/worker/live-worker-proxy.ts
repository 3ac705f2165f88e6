// The page's side of the Live session that runs in a worker (live-worker-host.ts): a LiveClient
// like any other to the interview, which posts each call to the worker, answers its token
// requests through the ApiClient (the token server contract is unchanged), and hands the
// session's events to listeners at most once per animation frame. Reply audio that still comes
// through the page (no playback port: the avatar needs the samples) is never held back: it first
// delivers whatever came before it, so the order of events is kept.

import type { FrameScheduler } from '../../../lib/frame-batcher';
import { createFrameBatcher } from '../../../lib/frame-batcher';
import type { ApiClient, LiveTokenRequest } from '../../api/types';
import { createEmitter } from '../../../lib/emitter';
import { tokenError } from '../live-errors';
import { LiveError, type LiveClient, type LiveEvents, type LiveSessionRequest } from '../types';
import { isWorkerReport, type LiveEventMessage, type WorkerCommand, type WorkerReport } from './worker-messages';

/** What the proxy needs of a Worker (a test passes a fake). */
export interface WorkerLike {
  postMessage(message: WorkerCommand, transfer: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
  terminate(): void;
}

export interface LiveWorkerProxyDeps {
  worker: WorkerLike;
  api: Pick<ApiClient, 'liveToken'>;
  scheduler: FrameScheduler;
  /** How long a closing worker may take to close its socket before it is ended outright. */
  closeGraceMs?: number;
  setTimeout?: (fn: () => void, ms: number) => unknown;
}

export function createLiveWorkerClient(request: LiveSessionRequest, deps: LiveWorkerProxyDeps): LiveClient {
  const emitter = createEmitter<LiveEvents>();
  const batch = createFrameBatcher<LiveEventMessage>(deps.scheduler, (events) => events.forEach(emit));
  let connecting: { resolve: () => void; reject: (e: unknown) => void } | undefined;
  let closed = false;
  let micOpen: boolean | undefined;
  const send = (command: WorkerCommand, transfer: Transferable[] = []) => {
    if (!closed) deps.worker.postMessage(command, transfer);
  };

  function emit(event: LiveEventMessage) {
    // One event of the union at a time; its payload belongs to its name.
    (emitter.emit as (name: string, payload: unknown) => void)(event.name, event.payload);
  }

  function onReport(report: WorkerReport) {
    if (report.type === 'events') {
      for (const event of report.events) {
        if (event.name !== 'audio') {
          batch.push(event);
          continue;
        }
        batch.flush();
        emit(event);
      }
      return;
    }
    batch.flush(); // what happened before a result is heard before it
    if (report.type === 'token-request') return answerToken(report.id, report.request);
    if (report.type === 'connected') connecting?.resolve();
    else connecting?.reject(new LiveError(report.code, report.message));
    connecting = undefined;
  }

  function answerToken(id: number, tokenRequest: LiveTokenRequest) {
    deps.api.liveToken(tokenRequest).then(
      (token) => send({ type: 'token', id, token }),
      (err: unknown) => {
        const e = tokenError(err);
        send({ type: 'token-failed', id, code: e.code, message: e.message });
      },
    );
  }

  deps.worker.addEventListener('message', (event) => {
    if (!closed && isWorkerReport(event.data)) onReport(event.data);
  });
  send({ type: 'open', request });

  return {
    connect: () =>
      new Promise<void>((resolve, reject) => {
        if (closed) return reject(new LiveError('connect-failed', 'The interview was closed before it started.'));
        connecting = { resolve, reject };
        send({ type: 'connect' });
      }),
    on: (event, cb) => emitter.on(event, cb),
    sendAudio(pcm) {
      // A copy of its own to transfer: the caller's array may share a buffer or be read again.
      const copy = pcm.slice();
      send({ type: 'audio', pcm: copy }, [copy.buffer]);
    },
    sendAudioStreamEnd: () => send({ type: 'audio-stream-end' }),
    sendActivityStart: () => send({ type: 'activity-start' }),
    sendActivityEnd: () => send({ type: 'activity-end' }),
    sendText: (text) => send({ type: 'text', text }),
    sendToolResponse: (id, name, response) => send({ type: 'tool-response', id, name, response }),
    close() {
      if (closed) return;
      send({ type: 'close' });
      closed = true;
      batch.dispose();
      connecting?.reject(new LiveError('connect-failed', 'The interview was closed before it started.'));
      connecting = undefined;
      emitter.emit('connection', { state: 'closed' });
      (deps.setTimeout ?? setTimeout)(() => deps.worker.terminate(), deps.closeGraceMs ?? 2000);
    },
    media: {
      addCapturePort: (port) => send({ type: 'capture-port', port }, [port]),
      setMicOpen(open) {
        if (open === micOpen) return;
        micOpen = open;
        send({ type: 'mic-open', open });
      },
      setPlaybackPort: (port) => send({ type: 'playback-port', port }, [port]),
      holdAnswers: () => send({ type: 'hold-answers' }),
      openAnswer: (streamMs) => send({ type: 'answer-open', streamMs }),
      closeAnswer: () => send({ type: 'answer-close' }),
      replies: (action) => send({ type: 'replies', action }),
    },
  };
}
