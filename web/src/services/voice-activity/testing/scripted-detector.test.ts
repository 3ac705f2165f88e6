import { describe, expect, it } from 'vitest';
import type { VoiceActivityEvent } from '../types';
import { ScriptedVoiceActivityDetector } from './scripted-detector';

function recorded(detector: ScriptedVoiceActivityDetector): VoiceActivityEvent[] {
  const seen: VoiceActivityEvent[] = [];
  detector.on((event) => seen.push(event));
  return seen;
}

describe('ScriptedVoiceActivityDetector', () => {
  it('reports a stretch of speech as a start and an end with its voiced time', () => {
    const detector = new ScriptedVoiceActivityDetector();
    const seen = recorded(detector);
    detector.speak(1000, 2500);
    expect(seen).toEqual([
      { type: 'speech-start', streamMs: 1000 },
      { type: 'speech-end', streamMs: 2500, voicedMs: 1500 },
    ]);
    expect(detector.streamMs()).toBe(2500);
  });

  it('moves its stream time on by the lags the real detector has before it reports', () => {
    const detector = new ScriptedVoiceActivityDetector({ startLagMs: 250, endLagMs: 300 });
    detector.startSpeech(1000);
    expect(detector.streamMs()).toBe(1250);
    detector.endSpeech(2000);
    expect(detector.streamMs()).toBe(2300);
  });

  it('refuses what the real detector never does', () => {
    const detector = new ScriptedVoiceActivityDetector();
    expect(() => detector.endSpeech(10)).toThrow(/without a speech-start/);
    detector.speak(100, 200);
    expect(() => detector.startSpeech(150)).toThrow(/before the previous end/);
    expect(() => detector.advanceTo(50)).toThrow(/forward only/);
    detector.startSpeech(300);
    expect(() => detector.startSpeech(400)).toThrow(/already speaking/);
    expect(() => detector.endSpeech(500, 900)).toThrow(/voicedMs/);
  });

  it('starts as the energy detector and announces a switch once', () => {
    const detector = new ScriptedVoiceActivityDetector();
    const seen = recorded(detector);
    expect(detector.kind()).toBe('energy');
    detector.switchTo('silero');
    detector.switchTo('silero');
    expect(detector.kind()).toBe('silero');
    expect(seen).toEqual([{ type: 'detector', kind: 'silero' }]);
  });

  it('tells of its stream time between events only while followed, as the worker does', () => {
    const detector = new ScriptedVoiceActivityDetector();
    detector.advanceTo(200);
    detector.followStream(false);
    detector.advanceTo(900);
    expect(detector.streamMs()).toBe(200);
    expect(detector.heardMs()).toBe(900);
    detector.startSpeech(850);
    expect(detector.streamMs()).toBe(900);
    detector.advanceTo(1_400);
    expect(detector.streamMs()).toBe(900);
    detector.followStream(true);
    expect(detector.streamMs()).toBe(1_400);
    expect(detector.followCalls).toEqual([false, true]);
  });

  it('remembers whether the interviewer is playing', () => {
    const detector = new ScriptedVoiceActivityDetector();
    detector.setInterviewerPlaying(true);
    expect(detector.interviewerPlaying()).toBe(true);
    detector.setInterviewerPlaying(false);
    expect(detector.interviewerPlayingCalls).toEqual([true, false]);
  });

  it('delivers nothing after close or to an unsubscribed listener', () => {
    const detector = new ScriptedVoiceActivityDetector();
    const seen: VoiceActivityEvent[] = [];
    const off = detector.on((event) => seen.push(event));
    off();
    detector.speak(0, 100);
    const late = recorded(detector);
    detector.close();
    detector.speak(200, 300);
    expect(seen).toEqual([]);
    expect(late).toEqual([]);
  });
});
