// The app's VoiceActivityService: one module Worker per interview, started early. preload()
// (called while the candidate is on setup) starts a worker that begins fetching and compiling
// the model at once; the next open() takes that warm worker, so an interview that starts
// before the model is ready runs the energy detector until it is. Lazily imported by main.tsx,
// so none of this is in the first screen's JavaScript.

import type { MicSource } from '../audio/types';
import type { VoiceActivityDetector, VoiceActivityService } from './types';
import { WorkerVoiceActivityDetector, type DetectorWorker } from './worker-detector';

export function createWorkerVoiceActivityService(
  makeWorker: () => DetectorWorker = () =>
    new Worker(new URL('./voice-activity.worker.ts', import.meta.url), { type: 'module', name: 'voice-activity' }),
): VoiceActivityService {
  let warm: DetectorWorker | undefined;
  return {
    preload() {
      warm ??= makeWorker();
    },
    open(mic: Pick<MicSource, 'addCaptureConsumer'>): VoiceActivityDetector | undefined {
      const addCaptureConsumer = mic.addCaptureConsumer?.bind(mic);
      if (!addCaptureConsumer) return undefined;
      const worker = warm ?? makeWorker();
      warm = undefined;
      return new WorkerVoiceActivityDetector(worker, { addCaptureConsumer });
    },
  };
}

/** The one service of the page, so the worker preloaded on setup is the one the room opens. */
export const voiceActivityService = createWorkerVoiceActivityService();
