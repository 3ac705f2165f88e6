import { describe, expect, it } from 'vitest';
import { createManualClock } from '../../lib/testing/manual-clock';
import { createInterviewTimer } from './interview-timer';

describe('createInterviewTimer', () => {
  it('counts from the saved turns, ticks while running, and freezes when stopped', async () => {
    const clock = createManualClock(1000);
    let ticks = 0;
    const timer = createInterviewTimer(clock, 250, () => ticks++);
    expect(timer.elapsed()).toBe(0);
    timer.start(5000);
    timer.start(0); // already running: no second clock, no second tick
    await clock.advance(1000);
    expect(timer.elapsed()).toBe(6000);
    expect(ticks).toBe(4);
    expect(timer.stop()).toBe(6000);
    await clock.advance(1000);
    expect(timer.elapsed()).toBe(6000);
    expect(timer.now()).toBe(7000);
    expect(ticks).toBe(4);
    expect(timer.stopped()).toBe(true);
  });

  it('does not start ticking again once stopped', async () => {
    const clock = createManualClock();
    let ticks = 0;
    const timer = createInterviewTimer(clock, 250, () => ticks++);
    timer.stop();
    timer.start(0);
    await clock.advance(1000);
    expect(ticks).toBe(0);
  });
});
