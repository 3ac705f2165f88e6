import { afterEach, describe, expect, it, vi } from 'vitest';
import type { VoiceActivityEvent } from './types';
import { LOAD_MODEL_FALLBACK_MS, WorkerVoiceActivityDetector, type DetectorWorker } from './worker-detector';
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

afterEach(() => vi.useRealTimers());

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
    fromWorker({ type: 'event', event: { type: 'detector', kind: 'silero' }, streamMs: 60 });
    fromWorker({ type: 'event', event: { type: 'speech-start', streamMs: 120 }, streamMs: 240 });
    fromWorker({ type: 'position', streamMs: 480 });
    fromWorker({ type: 'event', event: { type: 'speech-start' }, streamMs: 500 });
    expect(detector.kind()).toBe('silero');
    expect(detector.streamMs()).toBe(480);
    expect(seen).toEqual([
      { type: 'detector', kind: 'silero' },
      { type: 'speech-start', streamMs: 120 },
    ]);
  });

  it('moves its stream time with each event, before the listeners hear it', () => {
    const { worker, mic, fromWorker } = fakes();
    const detector = new WorkerVoiceActivityDetector(worker, mic);
    const clockAtEvent: number[] = [];
    detector.on(() => clockAtEvent.push(detector.streamMs()));
    fromWorker({ type: 'position', streamMs: 400 });
    fromWorker({ type: 'event', event: { type: 'speech-start', streamMs: 1200 }, streamMs: 1320 });
    // A late event never moves the clock back.
    fromWorker({ type: 'event', event: { type: 'detector', kind: 'silero' }, streamMs: 1000 });
    expect(clockAtEvent).toEqual([1320, 1320]);
  });

  it('tells the worker when the page stops and starts following the stream, once per change', () => {
    const { sent, worker, mic } = fakes();
    const detector = new WorkerVoiceActivityDetector(worker, mic);
    detector.followStream(true);
    detector.followStream(false);
    detector.followStream(false);
    detector.followStream(true);
    expect(sent).toEqual([
      { type: 'follow-stream', on: false },
      { type: 'follow-stream', on: true },
    ]);
  });

  it('passes the interviewer’s playing on to the worker', () => {
    const { sent, worker, mic } = fakes();
    new WorkerVoiceActivityDetector(worker, mic).setInterviewerPlaying(true);
    expect(sent).toEqual([{ type: 'interviewer-playing', playing: true }]);
  });

  it('asks the worker to load the model once the interviewer’s first turn has played, not while the interview starts', () => {
    const { sent, worker, mic } = fakes();
    const detector = new WorkerVoiceActivityDetector(worker, mic);
    detector.setInterviewerPlaying(true);
    expect(sent).not.toContainEqual({ type: 'load-model' });
    detector.setInterviewerPlaying(false);
    detector.setInterviewerPlaying(true);
    detector.setInterviewerPlaying(false);
    expect(sent.filter((m) => m.type === 'load-model')).toHaveLength(1);
    detector.close();
  });

  it('asks for the model after a while even if the interviewer never plays, and never after close', () => {
    vi.useFakeTimers();
    const { sent, worker, mic } = fakes();
    const detector = new WorkerVoiceActivityDetector(worker, mic);
    vi.advanceTimersByTime(LOAD_MODEL_FALLBACK_MS);
    expect(sent).toEqual([{ type: 'load-model' }]);
    detector.close();
    const closed = fakes();
    new WorkerVoiceActivityDetector(closed.worker, closed.mic).close();
    vi.advanceTimersByTime(LOAD_MODEL_FALLBACK_MS);
    expect(closed.sent).toEqual([]);
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
