// The app's VoiceActivityService: one module Worker per interview, started early. preload()
// (called while the candidate is on setup) starts a worker, which loads the model (download and
// compile) once setup has stayed open SETUP_LOAD_AFTER_MS (a candidate still filling in the
// form); the next open() takes that warm worker. A Start before then leaves the loading to the
// room, after the greeting (worker-detector.ts), so it never slows the start (npm run bench: with
// the loading at once, Start → first audio took 1,481 ms against 456 ms without a detector); the
// energy detector runs until the model is ready. Lazily imported by main.tsx, so none of this is
// in the first screen's JavaScript.

import type { MicSource } from '../audio/types';
import type { VoiceActivityDetector, VoiceActivityService } from './types';
import { WorkerVoiceActivityDetector, type DetectorWorker } from './worker-detector';

/** Setup open this long after the preload began: loading the model now will not slow a Start. */
export const SETUP_LOAD_AFTER_MS = 4_000;

export function createWorkerVoiceActivityService(
  makeWorker: () => DetectorWorker = () =>
    new Worker(new URL('./voice-activity.worker.ts', import.meta.url), { type: 'module', name: 'voice-activity' }),
): VoiceActivityService {
  let warm: DetectorWorker | undefined;
  let loadTimer: ReturnType<typeof setTimeout> | undefined;
  return {
    preload() {
      if (warm) return;
      const worker = makeWorker();
      warm = worker;
      loadTimer = setTimeout(() => {
        if (warm === worker) worker.postMessage({ type: 'load-model' });
      }, SETUP_LOAD_AFTER_MS);
    },
    open(mic: Pick<MicSource, 'addCaptureConsumer'>): VoiceActivityDetector | undefined {
      const addCaptureConsumer = mic.addCaptureConsumer?.bind(mic);
      if (!addCaptureConsumer) return undefined;
      const worker = warm ?? makeWorker();
      warm = undefined;
      clearTimeout(loadTimer);
      return new WorkerVoiceActivityDetector(worker, { addCaptureConsumer });
    },
  };
}

/** The one service of the page, so the worker preloaded on setup is the one the room opens. */
export const voiceActivityService = createWorkerVoiceActivityService();
