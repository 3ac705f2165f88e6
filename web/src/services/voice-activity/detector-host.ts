// The voice-activity worker's body, free of worker globals so Node tests can drive it: it runs
// the energy detector from the first frame of each capture port it is handed, loads the model
// when the main thread says it is a good time ('load-model': downloading and compiling it cost
// seconds of CPU, which must not slow the start of an interview) and hands over to it, and posts
// events (each with its stream time) and, while the page follows the stream, its position.

import { isCaptureFrame } from '../audio/capture-consumer-messages';
import { DetectorPipeline } from './detector-pipeline';
import { EnergyClassifier } from './energy-classifier';
import type { FrameClassifier } from './frame-classifier';
import { PositionReports } from './position-reports';
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
    emit: (event, streamMs) => scope.postMessage({ type: 'event', event, streamMs }),
  });
  const positions = new PositionReports();
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
      void pipeline.push(frame).then(() => {
        const streamMs = pipeline.streamMs();
        if (positions.due(streamMs)) scope.postMessage({ type: 'position', streamMs });
      });
    };
  }

  scope.onmessage = (event: MessageEvent<unknown>) => {
    const message = event.data;
    if (!isToWorkerMessage(message)) return;
    if (message.type === 'interviewer-playing') pipeline.setInterviewerPlaying(message.playing);
    else if (message.type === 'load-model') loadModel();
    else if (message.type === 'follow-stream') positions.follow(message.on);
    else listen(message.port);
  };
}
