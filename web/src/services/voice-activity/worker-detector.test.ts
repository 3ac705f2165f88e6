import { describe, expect, it } from 'vitest';
import type { VoiceActivityEvent } from './types';
import { WorkerVoiceActivityDetector, type DetectorWorker } from './worker-detector';
import type { ToWorkerMessage } from './worker-messages';

function fakes() {
  const sent: ToWorkerMessage[] = [];
  const worker: DetectorWorker & { terminated: boolean } = {
    onmessage: null,
    terminated: false,
    postMessage: (m) => void sent.push(m),
    terminate: () => void (worker.terminated = true),
  };
  const consumers = new Set<(port: MessagePort) => void>();
  const mic = {
    addCaptureConsumer: (cb: (port: MessagePort) => void) => (consumers.add(cb), () => void consumers.delete(cb)),
  };
  const fromWorker = (data: unknown) => worker.onmessage?.(new MessageEvent('message', { data }));
  return { sent, worker, consumers, mic, fromWorker };
}

describe('WorkerVoiceActivityDetector', () => {
  it('hands the worker each capture port the microphone gives it', () => {
    const { sent, consumers, worker, mic } = fakes();
    new WorkerVoiceActivityDetector(worker, mic);
    const { port1, port2 } = new MessageChannel();
    consumers.forEach((cb) => cb(port1));
    expect(sent).toEqual([{ type: 'capture-port', port: port1 }]);
    port1.close();
    port2.close();
  });

  it('relays the worker’s events, tracks which detector runs and its stream time', () => {
    const { worker, mic, fromWorker } = fakes();
    const detector = new WorkerVoiceActivityDetector(worker, mic);
    const seen: VoiceActivityEvent[] = [];
    detector.on((e) => seen.push(e));
    fromWorker({ type: 'event', event: { type: 'detector', kind: 'silero' } });
    fromWorker({ type: 'event', event: { type: 'speech-start', streamMs: 120 } });
    fromWorker({ type: 'position', streamMs: 480 });
    fromWorker({ type: 'event', event: { type: 'speech-start' } });
    expect(detector.kind()).toBe('silero');
    expect(detector.streamMs()).toBe(480);
    expect(seen).toEqual([
      { type: 'detector', kind: 'silero' },
      { type: 'speech-start', streamMs: 120 },
    ]);
  });

  it('passes the interviewer’s playing on to the worker', () => {
    const { sent, worker, mic } = fakes();
    new WorkerVoiceActivityDetector(worker, mic).setInterviewerPlaying(true);
    expect(sent).toEqual([{ type: 'interviewer-playing', playing: true }]);
  });

  it('unlinks from the microphone, ends the worker and goes quiet on close', () => {
    const { worker, mic, consumers, fromWorker } = fakes();
    const detector = new WorkerVoiceActivityDetector(worker, mic);
    const seen: VoiceActivityEvent[] = [];
    detector.on((e) => seen.push(e));
    detector.close();
    fromWorker({ type: 'event', event: { type: 'speech-start', streamMs: 0 } });
    expect(consumers.size).toBe(0);
    expect(worker.terminated).toBe(true);
    expect(seen).toEqual([]);
  });
});
