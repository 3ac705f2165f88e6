import { describe, expect, it } from 'vitest';
import { formatBytes, formatDuration, formatPercent, formatSeconds, formatWhen } from './format';

describe('report formatting', () => {
  it('writes durations short, from seconds to hours', () => {
    expect(formatDuration(45_000)).toBe('45 s');
    expect(formatDuration(725_000)).toBe('12 min 5 s');
    expect(formatDuration(600_000)).toBe('10 min');
    expect(formatDuration(3_720_000)).toBe('1 h 2 min');
    expect(formatDuration(-5)).toBe('0 s');
  });

  it('writes pauses with a decimal only while they are short', () => {
    expect(formatSeconds(1_440)).toBe('1.4 s');
    expect(formatSeconds(12_400)).toBe('12 s');
  });

  it('writes shares and sizes the way people read them', () => {
    expect(formatPercent(0.456)).toBe('46%');
    expect(formatBytes(900)).toBe('900 bytes');
    expect(formatBytes(1_258_291)).toBe('1.2 MB');
    expect(formatBytes(340 * 1024)).toBe('340 KB');
  });

  it('writes the date in the reader’s locale', () => {
    expect(formatWhen(Date.UTC(2025, 2, 4, 14, 5), 'en-GB')).toMatch(/4 Mar 2025/);
  });
});
