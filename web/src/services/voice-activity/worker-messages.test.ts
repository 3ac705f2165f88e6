import { describe, expect, it } from 'vitest';
import { isFromWorkerMessage, isToWorkerMessage, isVoiceActivityEvent } from './worker-messages';

describe('voice-activity worker messages', () => {
  it('accepts a capture port only with a real MessagePort', () => {
    const { port1, port2 } = new MessageChannel();
    expect(isToWorkerMessage({ type: 'capture-port', port: port1 })).toBe(true);
    expect(isToWorkerMessage({ type: 'capture-port', port: {} })).toBe(false);
    port1.close();
    port2.close();
  });

  it('accepts interviewer-playing only with a boolean', () => {
    expect(isToWorkerMessage({ type: 'interviewer-playing', playing: true })).toBe(true);
    expect(isToWorkerMessage({ type: 'interviewer-playing', playing: 'yes' })).toBe(false);
    expect(isToWorkerMessage('interviewer-playing')).toBe(false);
  });

  it('accepts follow-stream only with a boolean', () => {
    expect(isToWorkerMessage({ type: 'follow-stream', on: false })).toBe(true);
    expect(isToWorkerMessage({ type: 'follow-stream', on: 1 })).toBe(false);
    expect(isToWorkerMessage({ type: 'follow-stream' })).toBe(false);
  });

  it('checks every event shape and refuses negative or missing times', () => {
    expect(isVoiceActivityEvent({ type: 'speech-start', streamMs: 0 })).toBe(true);
    expect(isVoiceActivityEvent({ type: 'speech-end', streamMs: 900, voicedMs: 700 })).toBe(true);
    expect(isVoiceActivityEvent({ type: 'detector', kind: 'silero' })).toBe(true);
    expect(isVoiceActivityEvent({ type: 'speech-start', streamMs: -1 })).toBe(false);
    expect(isVoiceActivityEvent({ type: 'speech-end', streamMs: 900 })).toBe(false);
    expect(isVoiceActivityEvent({ type: 'detector', kind: 'webrtc' })).toBe(false);
    expect(isVoiceActivityEvent({ type: 'speech-start', streamMs: Number.NaN })).toBe(false);
  });

  it('accepts the worker’s positions and model reports, and nothing else', () => {
    expect(isFromWorkerMessage({ type: 'event', event: { type: 'speech-start', streamMs: 20 }, streamMs: 140 })).toBe(
      true,
    );
    expect(isFromWorkerMessage({ type: 'position', streamMs: 40 })).toBe(true);
    expect(isFromWorkerMessage({ type: 'model', status: 'loaded', loadMs: 812 })).toBe(true);
    expect(isFromWorkerMessage({ type: 'model', status: 'failed', reason: 'no WebAssembly' })).toBe(true);
    expect(isFromWorkerMessage({ type: 'model', status: 'failed' })).toBe(false);
    expect(isFromWorkerMessage({ type: 'event', event: { type: 'speech-start' }, streamMs: 140 })).toBe(false);
    // An event always says how far the worker had heard: the page's stream time moves with it.
    expect(isFromWorkerMessage({ type: 'event', event: { type: 'speech-start', streamMs: 20 } })).toBe(false);
    expect(isFromWorkerMessage({ type: 'position', streamMs: '40' })).toBe(false);
  });
});
