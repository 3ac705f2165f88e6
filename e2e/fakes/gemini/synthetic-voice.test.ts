import { describe, expect, it } from 'vitest';
import { envelope, rms } from '../shared/pcm.ts';
import { OUTPUT_SAMPLE_RATE, synthesizeUtterance } from './synthetic-voice.ts';

describe('synthesizeUtterance', () => {
  it('lasts in proportion to the text', () => {
    const short = synthesizeUtterance('Twenty characters!!!', { msPerChar: 50, peak: 0.3 });
    const long = synthesizeUtterance('Twenty characters!!!'.repeat(2), { msPerChar: 50, peak: 0.3 });
    expect(short.length).toBe(OUTPUT_SAMPLE_RATE);
    expect(long.length).toBe(2 * OUTPUT_SAMPLE_RATE);
  });

  it('is the same for the same text, and different for another', () => {
    expect(synthesizeUtterance('Same words.')).toEqual(synthesizeUtterance('Same words.'));
    expect(synthesizeUtterance('Same words.')).not.toEqual(synthesizeUtterance('Other words'));
  });

  it('is loud like speech, with syllable dips, and starts and ends silent', () => {
    const pcm = synthesizeUtterance('A sentence of a reasonable length for a question?');
    const levels = envelope(pcm, OUTPUT_SAMPLE_RATE, 20);
    expect(rms(pcm)).toBeGreaterThan(0.05);
    expect(Math.min(...levels)).toBeLessThan(0.02);
    expect(Math.max(...levels)).toBeGreaterThan(0.1);
    expect(Math.abs(pcm[0] ?? 1)).toBeLessThan(100);
    expect(Math.abs(pcm.at(-1) ?? 1)).toBeLessThan(100);
  });

  it('with a floor, differs from the plain voice by at most the floor and has no silent sample where the plain one is silent', () => {
    const text = 'A sentence of a reasonable length for a question?';
    const plain = synthesizeUtterance(text, { msPerChar: 55, peak: 0.35 });
    const floored = synthesizeUtterance(text, { msPerChar: 55, peak: 0.35, floorSteps: 3 });
    expect(floored.length).toBe(plain.length);
    expect(floored.every((s, i) => Math.abs(s - (plain[i] ?? 0)) <= 3)).toBe(true);
    expect(floored.every((s, i) => plain[i] !== 0 || s !== 0)).toBe(true);
    expect(plain.filter((s) => s === 0).length).toBeGreaterThan(1000);
  });
});
