import { describe, expect, it } from 'vitest';
import type { DetectorWorker } from './worker-detector';
import { createWorkerVoiceActivityService } from './worker-service';

function workers() {
  const made: DetectorWorker[] = [];
  const make = (): DetectorWorker => {
    const worker: DetectorWorker = { onmessage: null, postMessage: () => undefined, terminate: () => undefined };
    made.push(worker);
    return worker;
  };
  return { made, make };
}
const mic = { addCaptureConsumer: () => () => undefined };

describe('createWorkerVoiceActivityService', () => {
  it('starts one worker on preload and gives that warm worker to the room', () => {
    const { made, make } = workers();
    const service = createWorkerVoiceActivityService(make);
    service.preload();
    service.preload();
    expect(made).toHaveLength(1);
    service.open(mic);
    expect(made).toHaveLength(1);
    expect(made[0]?.onmessage).not.toBeNull();
  });

  it('starts a fresh worker for a room opened without a preload, and for the next interview', () => {
    const { made, make } = workers();
    const service = createWorkerVoiceActivityService(make);
    service.open(mic);
    service.open(mic);
    expect(made).toHaveLength(2);
  });

  it('opens no detector on a microphone that cannot feed one', () => {
    const { made, make } = workers();
    expect(createWorkerVoiceActivityService(make).open({})).toBeUndefined();
    expect(made).toHaveLength(0);
  });
});
