import { describe, expect, it } from 'vitest';
import { audioStrategy, parseAudioStrategy } from './strategy';

describe('audio strategies', () => {
  it("uses Mockingbird's own audio path unless the baseline is asked for by name", () => {
    expect(parseAudioStrategy('baseline')).toBe('baseline');
    expect(parseAudioStrategy('mockingbird')).toBe('mockingbird');
    expect(parseAudioStrategy(null)).toBe('mockingbird');
    expect(parseAudioStrategy('BASELINE')).toBe('mockingbird');
  });

  it('gives the baseline its own factories, distinct from the real ones', () => {
    const ours = audioStrategy('mockingbird');
    const baseline = audioStrategy('baseline');
    expect(baseline.name).toBe('baseline');
    expect(baseline.createMicSource).not.toBe(ours.createMicSource);
    expect(baseline.createPcmPlayer).not.toBe(ours.createPcmPlayer);
  });
});
