import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DetectorWorker } from './worker-detector';
import type { ToWorkerMessage } from './worker-messages';
import { createWorkerVoiceActivityService, SETUP_LOAD_AFTER_MS } from './worker-service';

function workers() {
  const made: DetectorWorker[] = [];
  const sent: ToWorkerMessage[][] = [];
  const make = (): DetectorWorker => {
    const mine: ToWorkerMessage[] = [];
    const worker: DetectorWorker = {
      onmessage: null,
      postMessage: (m) => void mine.push(m),
      terminate: () => undefined,
    };
    made.push(worker);
    sent.push(mine);
    return worker;
  };
  return { made, make, sent };
}

afterEach(() => vi.useRealTimers());
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

  it('loads the model on setup only once setup has stayed open a while', () => {
    vi.useFakeTimers();
    const { make, sent } = workers();
    createWorkerVoiceActivityService(make).preload();
    vi.advanceTimersByTime(SETUP_LOAD_AFTER_MS - 1);
    expect(sent[0]).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(sent[0]).toEqual([{ type: 'load-model' }]);
  });

  it('leaves the loading to the room when Start comes sooner', () => {
    vi.useFakeTimers();
    const { make, sent } = workers();
    const service = createWorkerVoiceActivityService(make);
    service.preload();
    const detector = service.open(mic);
    vi.advanceTimersByTime(SETUP_LOAD_AFTER_MS);
    expect(sent[0]).toEqual([]);
    detector?.close();
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
