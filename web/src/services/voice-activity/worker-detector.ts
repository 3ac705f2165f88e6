// The main thread's VoiceActivityDetector over the voice-activity worker: hands the worker a
// capture port for every capture run of the microphone, relays its events, and keeps the
// stream time it reports. Closing it unlinks the port and ends the worker.

import type { MicSource } from '../audio/types';
import type { VoiceActivityDetector, VoiceActivityEvent, VoiceActivityKind } from './types';
import { isFromWorkerMessage, type FromWorkerMessage, type ToWorkerMessage } from './worker-messages';

/** What the detector needs of a Worker (a fake in tests). */
export interface DetectorWorker {
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  postMessage(message: ToWorkerMessage, transfer?: Transferable[]): void;
  terminate(): void;
}

export class WorkerVoiceActivityDetector implements VoiceActivityDetector {
  private readonly listeners = new Set<(event: VoiceActivityEvent) => void>();
  private readonly unlink: () => void;
  private current: VoiceActivityKind = 'energy';
  private consumedMs = 0;
  private closed = false;
  /** The last model report, for diagnostics (the bench reads it). */
  model: Extract<FromWorkerMessage, { type: 'model' }> | undefined;

  constructor(
    private readonly worker: DetectorWorker,
    mic: Required<Pick<MicSource, 'addCaptureConsumer'>>,
  ) {
    worker.onmessage = (event) => this.receive(event.data);
    this.unlink = mic.addCaptureConsumer((port) => this.worker.postMessage({ type: 'capture-port', port }, [port]));
  }

  kind(): VoiceActivityKind {
    return this.current;
  }

  on(cb: (event: VoiceActivityEvent) => void): () => void {
    this.listeners.add(cb);
    return () => this.listeners.delete(cb);
  }

  setInterviewerPlaying(playing: boolean): void {
    if (!this.closed) this.worker.postMessage({ type: 'interviewer-playing', playing });
  }

  streamMs(): number {
    return this.consumedMs;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.listeners.clear();
    this.unlink();
    this.worker.onmessage = null;
    this.worker.terminate();
  }

  private receive(message: unknown): void {
    if (this.closed || !isFromWorkerMessage(message)) return;
    if (message.type === 'position') this.consumedMs = Math.max(this.consumedMs, message.streamMs);
    else if (message.type === 'model') this.model = message;
    else {
      if (message.event.type === 'detector') this.current = message.event.kind;
      const event = message.event;
      this.listeners.forEach((cb) => cb(event));
    }
  }
}
