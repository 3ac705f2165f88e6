import { describe, expect, it } from 'vitest';
import { toneBurst } from '../testing/live-probe.ts';
import { VoiceActivityDetector } from './voice-activity.ts';

function detector(silenceMs = 500): { vad: VoiceActivityDetector; log: string[] } {
  const log: string[] = [];
  const vad = new VoiceActivityDetector(
    { onSpeechStart: () => log.push('start'), onSpeechEnd: () => log.push('end') },
    { threshold: 0.02, startMs: 60, silenceMs },
  );
  return { vad, log };
}
const silence = (ms: number): Int16Array => new Int16Array(16 * ms);

describe('VoiceActivityDetector', () => {
  it('starts a turn on loud audio and ends it after the configured silence', () => {
    const { vad, log } = detector(300);
    vad.push(toneBurst(400));
    expect(log).toEqual(['start']);
    vad.push(silence(280));
    expect(log).toEqual(['start']);
    vad.push(silence(40));
    expect(log).toEqual(['start', 'end']);
  });

  it('ignores a click shorter than the start time', () => {
    const { vad, log } = detector();
    vad.push(toneBurst(20));
    vad.push(silence(1000));
    expect(log).toEqual([]);
  });

  it('keeps one turn across pauses shorter than the silence time', () => {
    const { vad, log } = detector(500);
    for (let i = 0; i < 3; i++) {
      vad.push(toneBurst(200));
      vad.push(silence(300));
    }
    vad.push(silence(300));
    expect(log).toEqual(['start', 'end']);
  });

  it('assembles frames across odd chunk sizes', () => {
    const { vad, log } = detector(200);
    const audio = new Int16Array([...toneBurst(300), ...silence(300)]);
    for (let at = 0; at < audio.length; at += 333) vad.push(audio.subarray(at, at + 333));
    expect(log).toEqual(['start', 'end']);
  });

  it('ends an open turn when the stream ends', () => {
    const { vad, log } = detector();
    vad.push(toneBurst(200));
    vad.flush();
    vad.flush();
    expect(log).toEqual(['start', 'end']);
  });
});
