import { describe, expect, it } from 'vitest';
import { SteadySoundDetector } from './steady-sound';
import { espeak, hum, noise, tone } from './testing/test-signals';

function verdicts(signal: Float32Array): boolean[] {
  const steady = new SteadySoundDetector(320);
  const out: boolean[] = [];
  for (let at = 0; at + 320 <= signal.length; at += 320) out.push(steady.push(signal.subarray(at, at + 320)));
  return out;
}

describe('SteadySoundDetector', () => {
  it('finds a tone steady from its sixth window on, before the segmenter’s 120 ms minimum', () => {
    const heard = verdicts(tone(700, 1));
    expect(heard.slice(0, 5)).toEqual([false, false, false, false, false]);
    expect(heard.slice(5).every(Boolean)).toBe(true);
  });

  it('finds a 60 Hz hum steady, its harmonics resolved over 40 ms', () => {
    expect(verdicts(hum(60, 1)).slice(5).every(Boolean)).toBe(true);
  });

  it('never finds noise steady', () => {
    expect(verdicts(noise(2, 0.1)).some(Boolean)).toBe(false);
  });

  it('finds speech steady in at most a few windows', () => {
    const heard = verdicts(espeak('We moved the billing service to the new platform in six weeks.', 'en-us', 150));
    expect(heard.filter(Boolean).length / heard.length).toBeLessThan(0.05);
  });
});
