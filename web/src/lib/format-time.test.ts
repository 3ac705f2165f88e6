import { describe, expect, it } from 'vitest';
import { formatClock, spokenDuration } from './format-time';

describe('formatClock', () => {
  it('shows minutes and seconds, and hours only when needed', () => {
    expect(formatClock(0)).toBe('00:00');
    expect(formatClock(754_999)).toBe('12:34');
    expect(formatClock(3_723_000)).toBe('1:02:03');
  });
});

describe('spokenDuration', () => {
  it('reads naturally', () => {
    expect(spokenDuration(61_000)).toBe('1 minute 1 second');
    expect(spokenDuration(120_000)).toBe('2 minutes');
    expect(spokenDuration(0)).toBe('0 seconds');
  });
});
