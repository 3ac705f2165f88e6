import { describe, expect, it } from 'vitest';
import { createManualClock } from '../../lib/testing/manual-clock';
import { createStallWatchdog } from './watchdog';

function setup() {
  const clock = createManualClock();
  const calls: string[] = [];
  const dog = createStallWatchdog({
    clock,
    stallMs: 8000,
    afterNudgeMs: 5000,
    onNudge: () => calls.push('nudge'),
    onStalled: () => calls.push('stalled'),
  });
  return { clock, calls, dog };
}

describe('createStallWatchdog', () => {
  it('stays quiet until either side has done something', async () => {
    const { clock, calls } = setup();
    await clock.advance(60_000);
    expect(calls).toEqual([]);
  });

  it('nudges after both sides stay silent, then asks for a new connection', async () => {
    const { clock, calls, dog } = setup();
    dog.activity();
    await clock.advance(7999);
    expect(calls).toEqual([]);
    await clock.advance(1);
    expect(calls).toEqual(['nudge']);
    await clock.advance(5000);
    expect(calls).toEqual(['nudge', 'stalled']);
    await clock.advance(60_000);
    expect(calls).toEqual(['nudge', 'stalled']);
  });

  it('stands down once the model completes its turn, however long the candidate then thinks', async () => {
    const { clock, calls, dog } = setup();
    dog.activity();
    await clock.advance(7000);
    dog.settled();
    await clock.advance(60_000);
    expect(calls).toEqual([]);
    expect(dog.stage).toBe('idle');
  });

  it('counts from the last activity of either side, so a model that stops mid-reply is caught', async () => {
    const { clock, calls, dog } = setup();
    dog.activity(); // the candidate answers
    await clock.advance(6000);
    dog.activity(); // the model starts replying…
    await clock.advance(7999); // …and falls silent without completing its turn
    expect(calls).toEqual([]);
    await clock.advance(1);
    expect(calls).toEqual(['nudge']);
  });

  it('restarts the wait while either side keeps going', async () => {
    const { clock, calls, dog } = setup();
    for (let i = 0; i < 10; i++) {
      dog.activity();
      await clock.advance(3000);
    }
    expect(calls).toEqual([]);
  });

  it('does not reconnect when the model answers the nudge and completes its turn', async () => {
    const { clock, calls, dog } = setup();
    dog.activity();
    await clock.advance(8000);
    dog.activity();
    dog.settled();
    await clock.advance(30_000);
    expect(calls).toEqual(['nudge']);
  });
});
