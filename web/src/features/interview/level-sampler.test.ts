import { describe, expect, it } from 'vitest';
import { createManualClock } from '../../lib/testing/manual-clock';
import { LEVEL_SAMPLE_MS, type Levels, sampleLevels } from './level-sampler';

function sampled(levels: () => Levels) {
  const clock = createManualClock();
  const seen: Levels[] = [];
  let reads = 0;
  const stop = sampleLevels(
    () => {
      reads++;
      return levels();
    },
    (l) => seen.push(l),
    clock,
  );
  return { clock, seen, stop, reads: () => reads };
}

describe('sampleLevels', () => {
  it('reads the levels twenty times a second, not every frame', async () => {
    const room = sampled(() => ({ mic: 0, output: 0 }));
    await room.clock.advance(1000);
    expect(room.reads()).toBe(1000 / LEVEL_SAMPLE_MS);
  });

  it('passes nothing on while the room is silent', async () => {
    const room = sampled(() => ({ mic: 0, output: 0 }));
    await room.clock.advance(1000);
    expect(room.seen).toEqual([]);
  });

  it('follows a voice that moves, and skips changes too small to see', async () => {
    let mic = 0;
    const room = sampled(() => ({ mic, output: 0 }));
    mic = 0.3;
    await room.clock.advance(LEVEL_SAMPLE_MS);
    mic = 0.305;
    await room.clock.advance(LEVEL_SAMPLE_MS);
    mic = 0.1;
    await room.clock.advance(LEVEL_SAMPLE_MS);
    expect(room.seen.map((l) => l.mic)).toEqual([0.3, 0.1]);
  });

  it('shows sound stopping even when the last level was small', async () => {
    let output = 0.01;
    const room = sampled(() => ({ mic: 0, output }));
    await room.clock.advance(LEVEL_SAMPLE_MS);
    output = 0;
    await room.clock.advance(LEVEL_SAMPLE_MS);
    expect(room.seen.map((l) => l.output)).toEqual([0.01, 0]);
  });

  it('stops reading once stopped', async () => {
    const room = sampled(() => ({ mic: 0.5, output: 0 }));
    await room.clock.advance(LEVEL_SAMPLE_MS);
    room.stop();
    await room.clock.advance(1000);
    expect(room.reads()).toBe(1);
  });
});
