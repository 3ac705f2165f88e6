import { describe, expect, it } from 'vitest';
import { createManualClock } from '../../lib/testing/manual-clock';
import { startAudio } from './audio-start';

/** A promise the test settles by hand. */
function deferred(): { promise: Promise<void>; resolve: () => void; reject: (e: Error) => void } {
  let resolve!: () => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<void>((res, rej) => ([resolve, reject] = [res, rej]));
  return { promise, resolve, reject };
}

/** A player whose two waits (the browser's permission, then the code loading) the test controls. */
function player() {
  const allowed = deferred();
  const opened = deferred();
  return {
    allowed,
    opened,
    player: {
      resume: () => Promise.all([allowed.promise, opened.promise]).then(() => undefined),
      unlocked: () => allowed.promise,
    },
  };
}

describe('startAudio', () => {
  it('asks for a click when the browser does not let sound play within the timeout', async () => {
    const clock = createManualClock();
    const p = player();
    const result = startAudio({ player: p.player, clock, timeoutMs: 3000 });
    await clock.advance(3000);
    expect(await result).toMatchObject({ kind: 'audio-blocked' });
  });

  it('waits for a player that may play but loads its code slowly, without calling sound paused', async () => {
    const clock = createManualClock();
    const p = player();
    const result = startAudio({ player: p.player, clock, timeoutMs: 3000 });
    p.allowed.resolve();
    await clock.advance(8000);
    p.opened.resolve();
    expect(await result).toBe('ok');
  });

  it('gives the same advice as paused sound when the player cannot open', async () => {
    const clock = createManualClock();
    const p = player();
    const result = startAudio({ player: p.player, clock, timeoutMs: 3000 });
    p.allowed.resolve();
    p.opened.reject(new Error('addModule failed'));
    expect(await result).toMatchObject({ kind: 'audio-blocked' });
  });

  it('times the whole resume when the player cannot tell the permission apart', async () => {
    const clock = createManualClock();
    const p = player();
    const result = startAudio({ player: { resume: p.player.resume }, clock, timeoutMs: 3000 });
    p.allowed.resolve();
    await clock.advance(3000);
    expect(await result).toMatchObject({ kind: 'audio-blocked' });
  });
});
