import { afterEach, describe, expect, it } from 'vitest';
import {
  frameEndMs,
  frameStartMs,
  isCaptureConsumerCommand,
  isCaptureFrame,
  type CaptureFrameMessage,
} from './capture-consumer-messages';
import { CaptureConsumerLinks } from './capture-consumer-links';
import { CaptureConsumerPorts } from './capture-consumer-ports';

const opened: MessagePort[] = [];
function channel(): MessageChannel {
  const made = new MessageChannel();
  opened.push(made.port1, made.port2);
  return made;
}
afterEach(() => opened.splice(0).forEach((port) => port.close()));

/** The next message a port receives. */
function nextMessage(port: MessagePort): Promise<unknown> {
  return new Promise((resolve) => {
    port.onmessage = (event: MessageEvent<unknown>) => resolve(event.data);
  });
}

describe('capture consumer messages', () => {
  it('accepts an add-port with a real port and a remove-port by id', () => {
    const { port2 } = channel();
    expect(isCaptureConsumerCommand({ type: 'add-port', id: 1, port: port2 })).toBe(true);
    expect(isCaptureConsumerCommand({ type: 'remove-port', id: 1 })).toBe(true);
  });

  it('refuses commands without a port, with a bad id or of another type', () => {
    expect(isCaptureConsumerCommand({ type: 'add-port', id: 1, port: {} })).toBe(false);
    expect(isCaptureConsumerCommand({ type: 'remove-port', id: -1 })).toBe(false);
    expect(isCaptureConsumerCommand({ type: 'remove-port', id: 1.5 })).toBe(false);
    expect(isCaptureConsumerCommand({ type: 'mute', muted: true })).toBe(false);
    expect(isCaptureConsumerCommand(null)).toBe(false);
  });

  it('accepts a frame only with PCM16 samples, a whole position and a rate', () => {
    const frame = { type: 'capture-frame', pcm: new Int16Array(320), position: 640, sampleRate: 16000 };
    expect(isCaptureFrame(frame)).toBe(true);
    expect(isCaptureFrame({ ...frame, pcm: new Float32Array(320) })).toBe(false);
    expect(isCaptureFrame({ ...frame, position: -320 })).toBe(false);
    expect(isCaptureFrame({ ...frame, sampleRate: 0 })).toBe(false);
    expect(isCaptureFrame({ ...frame, type: 'chunk' })).toBe(false);
    expect(isCaptureFrame({ ...frame, endTime: 1.25 })).toBe(true);
    expect(isCaptureFrame({ ...frame, endTime: '1.25' })).toBe(false);
  });

  it('turns a frame position into stream milliseconds', () => {
    const frame: CaptureFrameMessage = {
      type: 'capture-frame',
      pcm: new Int16Array(320),
      position: 16000,
      sampleRate: 16000,
    };
    expect(frameStartMs(frame)).toBe(1000);
    expect(frameEndMs(frame)).toBe(1020);
  });
});

describe('CaptureConsumerPorts (worklet side)', () => {
  it('posts every port its own copy of the frame, with its position and capture time', async () => {
    const ports = new CaptureConsumerPorts(16000);
    const [a, b] = [channel(), channel()];
    ports.apply({ type: 'add-port', id: 1, port: a.port2 });
    ports.apply({ type: 'add-port', id: 2, port: b.port2 });
    const pcm = new Int16Array([1, 2, 3]);
    const received = Promise.all([nextMessage(a.port1), nextMessage(b.port1)]);
    ports.post(pcm, 960, 2.5);
    const [first, second] = await received;
    expect(first).toEqual({
      type: 'capture-frame',
      pcm: new Int16Array([1, 2, 3]),
      position: 960,
      sampleRate: 16000,
      endTime: 2.5,
    });
    expect(isCaptureFrame(second) && second.pcm).toEqual(new Int16Array([1, 2, 3]));
    // The original stays whole for the main thread's own chunk.
    expect(pcm.length).toBe(3);
  });

  it('stops posting to a removed port and replaces a port added again under its id', () => {
    const ports = new CaptureConsumerPorts(16000);
    ports.apply({ type: 'add-port', id: 1, port: channel().port2 });
    ports.apply({ type: 'add-port', id: 1, port: channel().port2 });
    expect(ports.size()).toBe(1);
    ports.apply({ type: 'remove-port', id: 1 });
    expect(ports.size()).toBe(0);
  });
});

describe('CaptureConsumerLinks (main-thread side)', () => {
  function fakeWorklet() {
    const commands: unknown[] = [];
    return { commands, postMessage: (message: unknown) => void commands.push(message) };
  }

  it('hands a consumer a port when capture starts, and the worklet the other end', () => {
    const links = new CaptureConsumerLinks(channel);
    const got: MessagePort[] = [];
    links.add((port) => got.push(port));
    expect(got).toHaveLength(0);
    const worklet = fakeWorklet();
    links.attach(worklet);
    expect(got).toHaveLength(1);
    expect(worklet.commands).toHaveLength(1);
    expect(isCaptureConsumerCommand(worklet.commands[0])).toBe(true);
  });

  it('links a consumer at once while capture runs, and again with a fresh port after a restart', () => {
    const links = new CaptureConsumerLinks(channel);
    links.attach(fakeWorklet());
    const got: MessagePort[] = [];
    links.add((port) => got.push(port));
    links.detach();
    links.attach(fakeWorklet());
    expect(got).toHaveLength(2);
    expect(got[0]).not.toBe(got[1]);
  });

  it('tells the worklet to drop a removed consumer and never links it again', () => {
    const links = new CaptureConsumerLinks(channel);
    const worklet = fakeWorklet();
    links.attach(worklet);
    const got: MessagePort[] = [];
    const remove = links.add((port) => got.push(port));
    remove();
    remove();
    links.attach(fakeWorklet());
    expect(worklet.commands.at(-1)).toEqual({ type: 'remove-port', id: 1 });
    expect(worklet.commands).toHaveLength(2);
    expect(got).toHaveLength(1);
  });
});
