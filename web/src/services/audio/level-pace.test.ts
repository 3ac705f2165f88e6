import { describe, expect, it } from 'vitest';
import { LevelPace } from './level-pace';

const FRAME = 320; // 20 ms at 16 kHz

function dueFrames(pace: LevelPace, frames: number, from = 0): number[] {
  const due: number[] = [];
  for (let i = from; i < from + frames; i++) if (pace.due(i * FRAME)) due.push(i);
  return due;
}

describe('LevelPace', () => {
  it('lets a level through every other 20 ms frame (every 40 ms)', () => {
    expect(dueFrames(new LevelPace(16000), 6)).toEqual([0, 2, 4]);
  });

  it('lets the first frame of a new capture run through at once', () => {
    const pace = new LevelPace(16000);
    dueFrames(pace, 5, 100);
    expect(pace.due(0)).toBe(true);
  });

  it('lets every frame through when frames are longer than the pace', () => {
    const pace = new LevelPace(16000);
    expect([0, 1, 2].map((i) => pace.due(i * 16000 * 0.04))).toEqual([true, true, true]);
  });
});
