import { describe, expect, it } from 'vitest';
import { createManualClock } from './testing/manual-clock';
import { createStallWatchdog } from './watchdog';

function setup() {
  const clock = createManualClock();
  const calls: string[] = [];
  const dog = createStallWatchdog({ clock, stallMs: 8000, afterNudgeMs: 5000, onNudge: () => calls.push('nudge'), onStalled: () => calls.push('stalled') });
  return { clock, calls, dog };
}

describe('createStallWatchdog', () => {
  it('stays quiet until the candidate has said something', async () => {
    const { clock, calls } = setup();
    await clock.advance(60_000);
    expect(calls).toEqual([]);
  });

  it('nudges after the model stays silent, then asks for a new connection', async () => {
    const { clock, calls, dog } = setup();
    dog.candidateActivity();
    await clock.advance(7999);
    expect(calls).toEqual([]);
    await clock.advance(1);
    expect(calls).toEqual(['nudge']);
    await clock.advance(5000);
    expect(calls).toEqual(['nudge', 'stalled']);
    await clock.advance(60_000);
    expect(calls).toEqual(['nudge', 'stalled']);
  });

  it('stands down as soon as the model answers', async () => {
    const { clock, calls, dog } = setup();
    dog.candidateActivity();
    await clock.advance(7000);
    dog.modelOutput();
    await clock.advance(30_000);
    expect(calls).toEqual([]);
    expect(dog.stage).toBe('idle');
  });

  it('restarts the wait while the candidate keeps talking', async () => {
    const { clock, calls, dog } = setup();
    for (let i = 0; i < 10; i++) {
      dog.candidateActivity();
      await clock.advance(3000);
    }
    expect(calls).toEqual([]);
  });

  it('does not reconnect when the model answers the nudge', async () => {
    const { clock, calls, dog } = setup();
    dog.candidateActivity();
    await clock.advance(8000);
    dog.modelOutput();
    await clock.advance(30_000);
    expect(calls).toEqual(['nudge']);
  });
});
