import { describe, expect, it } from 'vitest';
import { starvedMs, underrunsAtOutput } from './output-underruns.ts';

describe('underrunsAtOutput', () => {
  const starts = [1000, 5000];

  it('counts a zero run that sound ended before any other reply started', () => {
    const gaps = [{ start: 1500, end: 1530 }];
    expect(underrunsAtOutput(gaps, starts)).toEqual(gaps);
    expect(starvedMs(gaps)).toBe(30);
  });

  it('does not count the silence between two replies, which holds the next start', () => {
    expect(underrunsAtOutput([{ start: 3000, end: 5040 }], starts)).toEqual([]);
  });

  it('does not count a run before the first reply started, or outside the window', () => {
    expect(underrunsAtOutput([{ start: 500, end: 520 }], starts)).toEqual([]);
    expect(underrunsAtOutput([{ start: 1500, end: 1530 }], starts, 2000, 9000)).toEqual([]);
    expect(underrunsAtOutput([{ start: 5500, end: 5510 }], starts, 2000, 5500)).toEqual([]);
  });
});
