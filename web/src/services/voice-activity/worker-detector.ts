// The main thread's VoiceActivityDetector over the voice-activity worker: hands the worker a
// capture port for every capture run of the microphone, relays its events, and keeps the
// stream time it reports (with every event, and between events while the page follows the
// stream). Closing it unlinks the port and ends the worker.
// It also says when the worker may load the model (seconds of CPU on a small machine): once
// the interviewer's first turn has played, so the start of the interview (token, connection,
// greeting) never shares the CPU with it, or after LOAD_MODEL_FALLBACK_MS if nothing plays.
// The energy detector covers the candidate until then.

import type { MicSource } from '../audio/types';
import type { VoiceActivityDetector, VoiceActivityEvent, VoiceActivityKind } from './types';
import { isFromWorkerMessage, type FromWorkerMessage, type ToWorkerMessage } from './worker-messages';

/** What the detector needs of a Worker (a fake in tests). */
export interface DetectorWorker {
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  postMessage(message: ToWorkerMessage, transfer?: Transferable[]): void;
  terminate(): void;
}

/** The model loads this long after the room opened its detector even if the interviewer never played. */
export const LOAD_MODEL_FALLBACK_MS = 8_000;

export class WorkerVoiceActivityDetector implements VoiceActivityDetector {
  private readonly listeners = new Set<(event: VoiceActivityEvent) => void>();
  private readonly unlink: () => void;
  private current: VoiceActivityKind = 'energy';
  private consumedMs = 0;
  private closed = false;
  private heardPlaying = false;
  private loadRequested = false;
  private following = true;
  private readonly fallback: ReturnType<typeof setTimeout>;
  /** The last model report, for diagnostics (the bench reads it). */
  model: Extract<FromWorkerMessage, { type: 'model' }> | undefined;

  constructor(
    private readonly worker: DetectorWorker,
    mic: Required<Pick<MicSource, 'addCaptureConsumer'>>,
  ) {
    worker.onmessage = (event) => this.receive(event.data);
    this.unlink = mic.addCaptureConsumer((port) => this.worker.postMessage({ type: 'capture-port', port }, [port]));
    this.fallback = setTimeout(() => this.requestModel(), LOAD_MODEL_FALLBACK_MS);
  }

  kind(): VoiceActivityKind {
    return this.current;
  }

  on(cb: (event: VoiceActivityEvent) => void): () => void {
    this.listeners.add(cb);
    return () => this.listeners.delete(cb);
  }

  setInterviewerPlaying(playing: boolean): void {
    if (this.closed) return;
    this.worker.postMessage({ type: 'interviewer-playing', playing });
    if (playing) this.heardPlaying = true;
    else if (this.heardPlaying) this.requestModel();
  }

  streamMs(): number {
    return this.consumedMs;
  }

  followStream(on: boolean): void {
    if (this.closed || on === this.following) return;
    this.following = on;
    this.worker.postMessage({ type: 'follow-stream', on });
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    clearTimeout(this.fallback);
    this.listeners.clear();
    this.unlink();
    this.worker.onmessage = null;
    this.worker.terminate();
  }

  private requestModel(): void {
    if (this.closed || this.loadRequested) return;
    this.loadRequested = true;
    clearTimeout(this.fallback);
    this.worker.postMessage({ type: 'load-model' });
  }

  private receive(message: unknown): void {
    if (this.closed || !isFromWorkerMessage(message)) return;
    if (message.type === 'position') this.consumedMs = Math.max(this.consumedMs, message.streamMs);
    else if (message.type === 'model') this.model = message;
    else {
      // The clock moves first, so a listener reading streamMs() sees how far the worker had heard.
      this.consumedMs = Math.max(this.consumedMs, message.streamMs);
      if (message.event.type === 'detector') this.current = message.event.kind;
      const event = message.event;
      this.listeners.forEach((cb) => cb(event));
    }
  }
}
