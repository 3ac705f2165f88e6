import { describe, expect, it } from 'vitest';
import { openDeferredDetector } from './deferred-detector';
import { ScriptedVoiceActivityDetector } from './testing/scripted-detector';
import type { VoiceActivityEvent, VoiceActivityService } from './types';

const mic = { addCaptureConsumer: () => () => undefined };

function service(detector: ScriptedVoiceActivityDetector): { service: VoiceActivityService; opened: () => number } {
  let opened = 0;
  return {
    service: { preload: () => undefined, open: () => (opened++, detector) },
    opened: () => opened,
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function defer(load: () => Promise<VoiceActivityService>, on: typeof mic) {
  const detector = openDeferredDetector(load, on);
  if (!detector) throw new Error('expected a detector');
  return detector;
}

describe('openDeferredDetector', () => {
  it('relays the real detector once its code has loaded, with the interviewer state set before', async () => {
    const real = new ScriptedVoiceActivityDetector({ kind: 'silero' });
    const { service: svc } = service(real);
    const deferred = defer(() => Promise.resolve(svc), mic);
    const seen: VoiceActivityEvent[] = [];
    deferred.on((e) => seen.push(e));
    deferred.setInterviewerPlaying(true);
    expect(deferred.kind()).toBe('energy');
    await settle();
    real.speak(100, 400);
    expect(deferred.kind()).toBe('silero');
    expect(real.interviewerPlaying()).toBe(true);
    expect(seen.map((e) => e.type)).toEqual(['speech-start', 'speech-end']);
    expect(deferred.streamMs()).toBe(400);
  });

  it('tells the real detector the stream is not followed when that was said before it loaded', async () => {
    const real = new ScriptedVoiceActivityDetector();
    const deferred = defer(() => Promise.resolve(service(real).service), mic);
    deferred.followStream(false);
    await settle();
    expect(real.followCalls).toEqual([false]);
    deferred.followStream(true);
    expect(real.followCalls).toEqual([false, true]);
  });

  it('never opens a detector when closed before the code arrived', async () => {
    const real = new ScriptedVoiceActivityDetector();
    const { service: svc, opened } = service(real);
    const deferred = defer(() => Promise.resolve(svc), mic);
    deferred.close();
    await settle();
    expect(opened()).toBe(0);
  });

  it('opens none on a microphone that cannot feed one', () => {
    const { service: svc } = service(new ScriptedVoiceActivityDetector());
    expect(openDeferredDetector(() => Promise.resolve(svc), {})).toBeUndefined();
  });

  it('closes the real detector with itself', async () => {
    const real = new ScriptedVoiceActivityDetector();
    const deferred = defer(() => Promise.resolve(service(real).service), mic);
    await settle();
    deferred.close();
    expect(real.closed).toBe(true);
  });
});
