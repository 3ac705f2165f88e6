import { describe, expect, it } from 'vitest';
import { StartDelay } from './start-delay';

// Times and lengths in ms here (the class takes any unit: the worklet gives it output samples).
const options = { initialSamples: 50, minSamples: 5, maxSamples: 120, aheadSamples: 40, window: 3 };

/** A reply of `chunks` 40 ms chunks, the i-th arriving at `at(i)`, then its end. */
function reply(delay: StartDelay, chunks: number, at: (i: number) => number) {
  for (let i = 0; i < chunks; i++) delay.arrived(at(i), 40, i === 0);
  delay.endReply();
}

describe('StartDelay', () => {
  it('waits the initial time until a reply has been measured', () => {
    const delay = new StartDelay(options);
    expect(delay.waitSamples).toBe(50);
    expect(delay.thresholdSamples).toBe(90);
  });

  it('shrinks to the minimum after replies whose chunks all came on time or ahead', () => {
    const delay = new StartDelay(options);
    reply(delay, 20, (i) => 1000 + i * 40);
    reply(delay, 20, () => 3000); // a whole reply at once
    expect(delay.waitSamples).toBe(5);
  });

  it('learns nothing from a reply sent whole at once: the wait stays as it was', () => {
    const delay = new StartDelay(options);
    reply(delay, 50, () => 1000); // a greeting of 2 s, all at once
    expect(delay.waitSamples).toBe(50);
  });

  it('grows to the largest lag measured: ±30 ms of jitter needs up to 60 ms', () => {
    const delay = new StartDelay(options);
    reply(delay, 20, (i) => 1000 + i * 40);
    // The first chunk 30 ms early, one later chunk 30 ms late.
    reply(delay, 20, (i) => 2000 + i * 40 + (i === 0 ? -30 : i === 7 ? 30 : 0));
    expect(delay.waitSamples).toBe(60);
    expect(delay.thresholdSamples).toBe(100);
  });

  it('counts a lag while the reply is still arriving, so a refill after an underrun waits longer', () => {
    const delay = new StartDelay(options);
    reply(delay, 5, (i) => i * 40);
    delay.arrived(1000, 40, true);
    delay.arrived(1075, 40, false); // 35 ms behind its slot
    expect(delay.waitSamples).toBe(35);
  });

  it('forgets jitter after `window` steady replies', () => {
    const delay = new StartDelay(options);
    reply(delay, 3, (i) => (i === 2 ? 190 : i * 40)); // 110 ms behind
    expect(delay.waitSamples).toBe(110);
    for (let r = 1; r <= 3; r++) reply(delay, 10, (i) => r * 1000 + i * 40);
    expect(delay.waitSamples).toBe(5);
  });

  it('takes a chunk further behind than the maximum for a model pause, not jitter', () => {
    const delay = new StartDelay(options);
    reply(delay, 3, (i) => (i === 2 ? 900 : i * 40)); // 820 ms behind
    expect(delay.waitSamples).toBe(5);
  });
});
