import { describe, expect, it } from 'vitest';
import type { CaptureClock, FrameRecord } from '../page/probe-records.ts';
import { framesToCaptures } from './frame-times.ts';

const frame = (endTime: number, deliveredAt: number, key = 1): FrameRecord => ({
  endTime,
  deliveredAt,
  samples: 320,
  key,
});

/** A context whose output timestamp says context time 10 s left the speakers at page time 5,000 ms. */
const CLOCK: CaptureClock = {
  createdAt: 0,
  samples: [
    { at: 4000, currentTime: 9.0, contextTime: 8.95, performanceTime: 3960, aheadMs: 20 },
    { at: 5000, currentTime: 10.02, contextTime: 10, performanceTime: 5000, aheadMs: 20 },
  ],
};

describe('framesToCaptures', () => {
  it("dates a frame by the app's rule: output timestamp, moved by context time, less the latencies", () => {
    // Arrives at 5,100 ms in the worker, whose origin is 30 ms after the page's.
    const { captures } = framesToCaptures([frame(10.05, 5070)], [CLOCK], 30);
    expect(captures[0]?.capturedAt).toBeCloseTo(5000 + 50 - 20);
    expect(captures[0]?.deliveredAt).toBe(5100);
  });

  it('uses the last clock sample taken before the frame arrived', () => {
    const { captures } = framesToCaptures([frame(9.0, 4500)], [CLOCK], 0);
    expect(captures[0]?.capturedAt).toBeCloseTo(3960 + 50 - 20);
  });

  it('clamps a time after the arrival to the arrival, and counts it', () => {
    const result = framesToCaptures([frame(10.2, 5100)], [CLOCK], 0);
    expect(result.captures[0]?.capturedAt).toBe(5100);
    expect(result.capped).toBe(1);
  });

  it("goes by the context's current time before its first render, as the app does", () => {
    const early: CaptureClock = {
      createdAt: 0,
      samples: [{ at: 100, currentTime: 0.5, contextTime: 0, performanceTime: 0, aheadMs: 20 }],
    };
    const { captures } = framesToCaptures([frame(0.48, 130)], [early], 0);
    expect(captures[0]?.capturedAt).toBeCloseTo(80);
  });

  it('takes the capture context that was running when the frame arrived', () => {
    const later: CaptureClock = {
      createdAt: 6000,
      samples: [{ at: 6000, currentTime: 0.1, contextTime: 0.08, performanceTime: 6000, aheadMs: 0 }],
    };
    const { captures } = framesToCaptures([frame(10.05, 5100), frame(0.1, 6050)], [CLOCK, later], 0);
    expect(captures.map((c) => Math.round(c.capturedAt))).toEqual([5030, 6020]);
  });
});
