// The voice-activity worker's body, free of worker globals so Node tests can drive it: it runs
// the energy detector from the first frame of each capture port it is handed, loads the model
// when the main thread says it is a good time ('load-model': downloading and compiling it cost
// seconds of CPU, which must not slow the start of an interview) and hands over to it, and posts
// events and its stream position to the main thread.

import { isCaptureFrame } from '../audio/capture-consumer-messages';
import { DetectorPipeline } from './detector-pipeline';
import { EnergyClassifier } from './energy-classifier';
import type { FrameClassifier } from './frame-classifier';
import { isToWorkerMessage, type FromWorkerMessage } from './worker-messages';

export interface HostScope {
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  postMessage(message: FromWorkerMessage): void;
}

export interface HostOptions {
  /** Loads the model-based detector (once, on 'load-model'); a rejection leaves the energy detector running for good. */
  loadModel: () => Promise<FrameClassifier>;
  now?: () => number;
}

const CAPTURE_RATE = 16000;

export function hostDetector(scope: HostScope, o: HostOptions): void {
  const now = o.now ?? (() => performance.now());
  const pipeline = new DetectorPipeline({
    fallback: new EnergyClassifier(),
    emit: (event) => scope.postMessage({ type: 'event', event }),
  });
  let port: MessagePort | undefined;
  let loading = false;

  function loadModel(): void {
    if (loading) return;
    loading = true;
    const loadStarted = now();
    o.loadModel().then(
      (model) => {
        pipeline.handOver(model);
        scope.postMessage({ type: 'model', status: 'loaded', loadMs: now() - loadStarted });
      },
      (error: unknown) =>
        scope.postMessage({
          type: 'model',
          status: 'failed',
          reason: error instanceof Error ? error.message : String(error),
        }),
    );
  }

  function listen(next: MessagePort): void {
    // A second port is a restarted capture: its positions begin again at 0.
    if (port) {
      port.close();
      void pipeline.newStream();
    }
    port = next;
    next.onmessage = (event: MessageEvent<unknown>) => {
      const frame = event.data;
      if (!isCaptureFrame(frame) || frame.sampleRate !== CAPTURE_RATE) return;
      void pipeline.push(frame).then(() => scope.postMessage({ type: 'position', streamMs: pipeline.streamMs() }));
    };
  }

  scope.onmessage = (event: MessageEvent<unknown>) => {
    const message = event.data;
    if (!isToWorkerMessage(message)) return;
    if (message.type === 'interviewer-playing') pipeline.setInterviewerPlaying(message.playing);
    else if (message.type === 'load-model') loadModel();
    else listen(message.port);
  };
}
