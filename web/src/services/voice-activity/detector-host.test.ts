import { afterEach, describe, expect, it } from 'vitest';
import { CaptureConsumerPorts } from '../audio/capture-consumer-ports';
import { hostDetector, type HostScope } from './detector-host';
import type { FrameClassifier } from './frame-classifier';
import type { FromWorkerMessage } from './worker-messages';

const opened: MessagePort[] = [];
afterEach(() => opened.splice(0).forEach((port) => port.close()));

/** A worker scope whose posts are recorded; `send` plays the main thread. */
function scope() {
  const posted: FromWorkerMessage[] = [];
  const host: HostScope = { onmessage: null, postMessage: (m) => void posted.push(m) };
  const send = (data: unknown) => host.onmessage?.(new MessageEvent('message', { data }));
  return { host, posted, send };
}

/** A capture worklet's fan-out on a fresh channel, handed to the host as the worklet would be. */
function capture(send: (data: unknown) => void, frameSamples = 320) {
  const { port1, port2 } = new MessageChannel();
  opened.push(port1, port2);
  const ports = new CaptureConsumerPorts(16000);
  ports.apply({ type: 'add-port', id: 1, port: port2 });
  send({ type: 'capture-port', port: port1 });
  let position = 0;
  // Noise, not a tone: the energy detector takes a steady tone for a beep, not for speech.
  let seed = 1;
  const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 2 - 1;
  return (ms: number, amplitude: number) => {
    for (let t = 0; t < ms; t += frameSamples / 16, position += frameSamples)
      ports.post(
        new Int16Array(frameSamples).map(() => Math.round(amplitude * random())),
        position,
      );
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));
const events = (posted: FromWorkerMessage[]) => posted.flatMap((m) => (m.type === 'event' ? [m.event] : []));
const positions = (posted: FromWorkerMessage[]) => posted.flatMap((m) => (m.type === 'position' ? [m.streamMs] : []));

describe('hostDetector (the worker body)', () => {
  it('detects speech from the first frames with the energy detector while the model loads', async () => {
    const { host, posted, send } = scope();
    hostDetector(host, { loadModel: () => new Promise<FrameClassifier>(() => undefined) });
    const speak = capture(send);
    speak(300, 20);
    speak(600, 8000);
    speak(600, 20);
    await settle();
    expect(events(posted).map((e) => e.type)).toEqual(['speech-start', 'speech-end']);
    expect(posted.at(-1)).toEqual({ type: 'position', streamMs: 1500 });
  });

  it('loads the model only when asked, once, then hands over to it and says which detector runs', async () => {
    const { host, posted, send } = scope();
    const model: FrameClassifier = { kind: 'silero', windowSamples: 512, classify: () => 0 };
    let loads = 0;
    hostDetector(host, { loadModel: () => (loads++, Promise.resolve(model)), now: () => 0 });
    await settle();
    expect(loads).toBe(0);
    send({ type: 'load-model' });
    send({ type: 'load-model' });
    await settle();
    expect(loads).toBe(1);
    capture(send)(100, 20);
    await settle();
    expect(posted[0]).toEqual({ type: 'model', status: 'loaded', loadMs: 0 });
    expect(events(posted)).toEqual([{ type: 'detector', kind: 'silero' }]);
  });

  it('reports a model that cannot load and keeps the energy detector', async () => {
    const { host, posted, send } = scope();
    hostDetector(host, { loadModel: () => Promise.reject(new Error('no WebAssembly')) });
    send({ type: 'load-model' });
    await settle();
    const speak = capture(send);
    speak(500, 8000);
    await settle();
    expect(posted[0]).toEqual({ type: 'model', status: 'failed', reason: 'no WebAssembly' });
    expect(events(posted)).toEqual([{ type: 'speech-start', streamMs: 0 }]);
  });

  it('reports its position every 20 ms of audio only while the page follows the stream, and dates each event', async () => {
    const { host, posted, send } = scope();
    hostDetector(host, { loadModel: () => new Promise<FrameClassifier>(() => undefined) });
    const speak = capture(send, 160);
    speak(100, 20);
    await settle();
    expect(positions(posted)).toEqual([10, 30, 50, 70, 90]);
    send({ type: 'follow-stream', on: false });
    speak(600, 8000);
    speak(600, 20);
    await settle();
    const unfollowed = posted.splice(0);
    expect(positions(unfollowed.slice(5))).toEqual([]);
    const dated = unfollowed.flatMap((m) => (m.type === 'event' ? [m] : []));
    expect(dated.map((m) => m.event.type)).toEqual(['speech-start', 'speech-end']);
    // Each event says how far the worker had heard: past the event itself, within the audio sent.
    for (const { event, streamMs } of dated) {
      expect(streamMs).toBeGreaterThan('streamMs' in event ? event.streamMs : 0);
      expect(streamMs).toBeLessThanOrEqual(1300);
    }
    send({ type: 'follow-stream', on: true });
    speak(40, 20);
    await settle();
    expect(positions(posted)).toEqual([1310, 1330]);
  });

  it('ignores frames at another rate and messages it does not know', async () => {
    const { host, posted, send } = scope();
    hostDetector(host, { loadModel: () => new Promise<FrameClassifier>(() => undefined) });
    send({ type: 'capture-port', port: 'not a port' });
    const { port1, port2 } = new MessageChannel();
    opened.push(port1, port2);
    send({ type: 'capture-port', port: port1 });
    port2.postMessage({ type: 'capture-frame', pcm: new Int16Array(480), position: 0, sampleRate: 24000 });
    await settle();
    expect(posted).toEqual([]);
  });
});
