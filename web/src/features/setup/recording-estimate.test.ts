import { describe, expect, it } from 'vitest';
import { recordingBytesFor, recordingEstimateText } from './recording-estimate';

describe('recording estimate', () => {
  it('grows with the length: 32 kbit/s Opus in WebM is about 330 kB a minute with room for overrun', () => {
    expect(recordingBytesFor(10)).toBe(3_300_000);
    expect(recordingBytesFor(20)).toBe(2 * recordingBytesFor(10));
  });

  it('says what the interview needs and what is free', () => {
    expect(recordingEstimateText(20, 2e9)).toMatch(
      /^A 20-minute interview needs about 6\.3 MB on this device\. .* is free here\.$/,
    );
  });

  it('warns that the recording may stop early when the space is too small', () => {
    expect(recordingEstimateText(30, 1_000_000)).toContain('may stop early');
  });
});
