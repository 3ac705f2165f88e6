import { describe, expect, it } from 'vitest';
import { runEnergyDetector, stretches } from './testing/run-energy-detector';
import { chromiumFakeBeeps, concat, espeak, hum, mix, noise, RATE, tone } from './testing/test-signals';

// The energy detector runs alone until Silero loads (and for good where it cannot). It must not
// open an answer for a steady sound: Chromium's fake microphone beeping in e2e, or a real room's
// notification tone, hum or beeping device. Every signal runs through the app's pipeline with
// its segmenter, as in the worker; a room hiss sits under each (-60 dBFS RMS).

const ANSWER = 'I led the billing migration in six weeks, and we shipped it without any downtime.';
const hiss = (seconds: number) => noise(seconds, 0.0017, 7);
const starts = (events: Awaited<ReturnType<typeof runEnergyDetector>>) =>
  events.filter((e) => e.type === 'speech-start').length;

describe('the energy detector and steady sounds', () => {
  it.each([250, 440, 1000, 3000])('hears no speech in a steady %i Hz tone', async (hz) => {
    const signal = mix(hiss(4), concat(new Float32Array(RATE), tone(hz, 3, 0.1)));
    expect(starts(await runEnergyDetector(signal))).toBe(0);
  });

  it('hears no speech in the beeps of Chromium’s fake microphone', async () => {
    expect(starts(await runEnergyDetector(chromiumFakeBeeps(8)))).toBe(0);
    expect(starts(await runEnergyDetector(mix(hiss(8), chromiumFakeBeeps(8))))).toBe(0);
  });

  it.each([50, 60, 100, 120])('hears no speech in a %i Hz hum with its harmonics', async (hz) => {
    const signal = mix(hiss(4), concat(new Float32Array(RATE), hum(hz, 3)));
    expect(starts(await runEnergyDetector(signal))).toBe(0);
  });

  it('hears no speech in a chime of three notes', async () => {
    const chime = concat(tone(880, 0.3), tone(1175, 0.3), tone(1568, 0.6));
    const signal = mix(hiss(3), concat(new Float32Array(RATE), chime));
    expect(starts(await runEnergyDetector(signal))).toBe(0);
  });
});

describe('the energy detector and speech', () => {
  it.each([
    ['en-us', 150],
    ['en-us', 190],
    ['en-gb', 150],
    ['en-us+f3', 120],
    ['en-us+f3', 190],
  ])('hears %s at %i words a minute as speech, from its start to its end', async (voice, wpm) => {
    const speech = espeak(ANSWER, voice, wpm);
    const signal = mix(hiss(speech.length / RATE + 2), concat(new Float32Array(RATE), speech));
    const heard = stretches(await runEnergyDetector(signal));
    const spokenMs = (speech.length * 1000) / RATE;
    const heardMs = heard.reduce((sum, [a, b]) => sum + b - a, 0);
    expect(heard.length).toBeGreaterThanOrEqual(1);
    expect(heardMs).toBeGreaterThan(0.75 * spokenMs);
    expect(heard[0]?.[0]).toBeLessThan(1000 + 300);
  });

  it('hears speech between the fake microphone’s beeps, and no beep a second after it', async () => {
    const speech = espeak(ANSWER, 'en-us', 170);
    const signal = mix(chromiumFakeBeeps(speech.length / RATE + 6), concat(new Float32Array(3 * RATE), speech));
    const heard = stretches(await runEnergyDetector(mix(hiss(signal.length / RATE), signal)));
    const speechEndMs = 3000 + (speech.length * 1000) / RATE;
    expect(heard.length).toBeGreaterThanOrEqual(1);
    expect(heard[0]?.[1]).toBeGreaterThan(speechEndMs - 1000);
    for (const [start, end] of heard) {
      expect(start).toBeGreaterThan(3000 - 100);
      // A beep within a second of the answer may pass for the candidate going on (the segmenter's
      // resumption rule), but none after: a beep does not open that window for the next one.
      expect(end).toBeLessThan(speechEndMs + 1000);
    }
  });

  it('hears speech over a steady hum', async () => {
    const speech = espeak(ANSWER, 'en-gb', 150);
    const seconds = speech.length / RATE + 4;
    const signal = mix(mix(hiss(seconds), hum(100, seconds, 0.005)), concat(new Float32Array(2 * RATE), speech));
    const heard = stretches(await runEnergyDetector(signal));
    const heardMs = heard.reduce((sum, [a, b]) => sum + b - a, 0);
    expect(heardMs).toBeGreaterThan((0.75 * speech.length * 1000) / RATE);
    expect(heard[0]?.[0]).toBeGreaterThan(2000 - 100);
  });
});
