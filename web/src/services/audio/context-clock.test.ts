import { describe, expect, it } from 'vitest';
import { contextTimeToPerformanceTime, type ContextClock } from './context-clock';

function clock(partial: Partial<ContextClock>): ContextClock {
  return { currentTime: 0, baseLatency: 0, outputLatency: 0, getOutputTimestamp: () => ({}), ...partial };
}

describe('contextTimeToPerformanceTime', () => {
  it('maps through the output timestamp, minus the time between rendering and hearing a sample', () => {
    const c = clock({
      baseLatency: 0.01,
      outputLatency: 0.03,
      getOutputTimestamp: () => ({ contextTime: 10, performanceTime: 5000 }),
    });
    // Sample at 10.05 s is heard at 5050 ms, so it was rendered 40 ms before that.
    expect(contextTimeToPerformanceTime(c, 10.05, 6000)).toBeCloseTo(5010, 6);
  });

  it('never returns a time later than now', () => {
    const c = clock({ getOutputTimestamp: () => ({ contextTime: 10, performanceTime: 5000 }) });
    expect(contextTimeToPerformanceTime(c, 11, 5100)).toBe(5100);
  });

  it('anchors on the current context time when there is no output timestamp yet', () => {
    const c = clock({ currentTime: 2, getOutputTimestamp: () => ({ contextTime: 0, performanceTime: 0 }) });
    expect(contextTimeToPerformanceTime(c, 1.98, 1000)).toBeCloseTo(980, 6);
  });
});
