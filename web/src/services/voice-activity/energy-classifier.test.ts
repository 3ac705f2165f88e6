import { describe, expect, it } from 'vitest';
import { EnergyClassifier, windowDb } from './energy-classifier';

/** A 20 ms window of a 200 Hz tone at `amplitude`, plus white noise of `noise` peak. */
function window(amplitude: number, noise = 0, seed = 1): Float32Array {
  let state = seed;
  const random = () => ((state = (state * 16807) % 2147483647) / 2147483647) * 2 - 1;
  return new Float32Array(320).map((_, i) => amplitude * Math.sin((2 * Math.PI * 200 * i) / 16000) + noise * random());
}

describe('windowDb', () => {
  it('measures a full-scale sine at -3 dBFS and digital silence at -100', () => {
    expect(windowDb(window(1))).toBeCloseTo(-3.01, 1);
    expect(windowDb(new Float32Array(320))).toBe(-100);
  });
});

describe('EnergyClassifier', () => {
  it('calls a voice 20 dB above the room noise speech and the noise itself silence', () => {
    const energy = new EnergyClassifier();
    for (let i = 0; i < 50; i++) energy.classify(window(0, 0.01, i + 1));
    expect(energy.classify(window(0, 0.01, 99))).toBeLessThan(0.1);
    expect(energy.classify(window(0.1, 0.01, 100))).toBeGreaterThan(0.9);
  });

  it('keeps its floor near the noise through a long answer with gaps between words', () => {
    const energy = new EnergyClassifier();
    for (let i = 0; i < 150; i++) energy.classify(window(0, 0.01, i + 1));
    const quietFloor = energy.floor();
    for (let word = 0; word < 40; word++) {
      for (let i = 0; i < 12; i++) energy.classify(window(0.1, 0.01, word * 100 + i));
      for (let i = 0; i < 3; i++) energy.classify(window(0, 0.01, word * 100 + 50 + i));
    }
    expect(energy.floor() - quietFloor).toBeLessThan(3);
    expect(energy.classify(window(0.1, 0.01, 7))).toBeGreaterThan(0.9);
  });

  it('learns a room that got noisier within a few seconds', () => {
    const energy = new EnergyClassifier();
    for (let i = 0; i < 25; i++) energy.classify(window(0, 0.001, i + 1));
    // 26 dB more noise: speech at first, then the floor catches up.
    expect(energy.classify(window(0, 0.02, 500))).toBeGreaterThan(0.5);
    for (let i = 0; i < 500; i++) energy.classify(window(0, 0.02, 1000 + i));
    expect(energy.classify(window(0, 0.02, 2000))).toBeLessThan(0.1);
  });

  it('hears a candidate who is already talking when capture starts', () => {
    const energy = new EnergyClassifier();
    expect(energy.classify(window(0.1, 0.01, 1))).toBeGreaterThan(0.9);
    expect(energy.classify(window(0.1, 0.01, 2))).toBeGreaterThan(0.9);
  });

  it('never calls a nearly silent input speech, however quiet the floor', () => {
    const energy = new EnergyClassifier();
    for (let i = 0; i < 25; i++) energy.classify(new Float32Array(320));
    expect(energy.classify(window(0.0005))).toBe(0);
  });
});
