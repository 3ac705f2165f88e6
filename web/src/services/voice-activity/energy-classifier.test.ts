import { describe, expect, it } from 'vitest';
import { EnergyClassifier } from './energy-classifier';

/**
 * A 20 ms window of white noise of `amplitude` peak. Noise, not a tone, stands for a voice here:
 * a steady tone is what the detector must refuse (energy-classifier-tones.test.ts).
 */
function window(amplitude: number, seed = 1): Float32Array {
  let state = seed;
  const random = () => ((state = (state * 16807) % 2147483647) / 2147483647) * 2 - 1;
  random();
  return new Float32Array(320).map(() => amplitude * random());
}

describe('EnergyClassifier', () => {
  it('calls a sound 20 dB above the room noise speech and the noise itself silence', () => {
    const energy = new EnergyClassifier();
    for (let i = 0; i < 50; i++) energy.classify(window(0.01, i + 1));
    expect(energy.classify(window(0.01, 99))).toBeLessThan(0.1);
    expect(energy.classify(window(0.1, 100))).toBeGreaterThan(0.9);
  });

  it('keeps its floor near the noise through a long answer with gaps between words', () => {
    const energy = new EnergyClassifier();
    for (let i = 0; i < 150; i++) energy.classify(window(0.01, i + 1));
    const quietFloor = energy.floor();
    for (let word = 0; word < 40; word++) {
      for (let i = 0; i < 12; i++) energy.classify(window(0.1, word * 100 + i + 1));
      for (let i = 0; i < 3; i++) energy.classify(window(0.01, word * 100 + 50 + i));
    }
    expect(energy.floor() - quietFloor).toBeLessThan(3);
    expect(energy.classify(window(0.1, 7))).toBeGreaterThan(0.9);
  });

  it('learns a room that got noisier within a few seconds', () => {
    const energy = new EnergyClassifier();
    for (let i = 0; i < 25; i++) energy.classify(window(0.001, i + 1));
    // 26 dB more noise: speech at first, then the floor catches up.
    expect(energy.classify(window(0.02, 500))).toBeGreaterThan(0.5);
    for (let i = 0; i < 500; i++) energy.classify(window(0.02, 1000 + i));
    expect(energy.classify(window(0.02, 2000))).toBeLessThan(0.1);
  });

  it('hears a candidate who is already talking when capture starts', () => {
    const energy = new EnergyClassifier();
    expect(energy.classify(window(0.1, 1))).toBeGreaterThan(0.9);
    expect(energy.classify(window(0.1, 2))).toBeGreaterThan(0.9);
  });

  it('never calls a nearly silent input speech, however quiet the floor', () => {
    const energy = new EnergyClassifier();
    for (let i = 0; i < 25; i++) energy.classify(new Float32Array(320));
    expect(energy.classify(window(0.0005))).toBe(0);
  });

  it('calls a steady tone silence once it has lasted 100 ms, yet still learns its level', () => {
    const energy = new EnergyClassifier();
    const tone = (n: number) =>
      new Float32Array(320).map((_, i) => 0.1 * Math.sin((2 * Math.PI * 1000 * (n * 320 + i)) / 16000));
    for (let i = 0; i < 25; i++) energy.classify(window(0.001, i + 1));
    const heard = Array.from({ length: 10 }, (_, n) => energy.classify(tone(n)));
    expect(heard.slice(5).every((p) => p === 0)).toBe(true);
    expect(energy.level(tone(10))).toBeGreaterThan(0.9);
  });
});
