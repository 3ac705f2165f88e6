import { describe, expect, it } from 'vitest';
import { afterPaint } from './after-paint';
import type { FrameTimers } from './frame-scheduler';

/** A scope whose frames and tasks run only when the test says. */
function fakeScope(withFrames = true) {
  const frames = new Map<number, () => void>();
  const tasks = new Map<number, () => void>();
  let next = 1;
  const scope: FrameTimers = {
    ...(withFrames
      ? {
          requestAnimationFrame: (cb: () => void) => (frames.set(next, cb), next++),
          cancelAnimationFrame: (id: number) => void frames.delete(id),
        }
      : {}),
    setTimeout: (cb: () => void) => (tasks.set(next, cb), next++),
    clearTimeout: (id: number) => void tasks.delete(id),
  };
  const runAll = (queue: Map<number, () => void>) => {
    const due = [...queue.values()];
    queue.clear();
    due.forEach((cb) => cb());
  };
  return { scope, frame: () => runAll(frames), task: () => runAll(tasks) };
}

describe('afterPaint', () => {
  it('runs after the next frame and the task that follows it, not before', () => {
    const { scope, frame, task } = fakeScope();
    const ran: string[] = [];
    afterPaint(() => ran.push('run'), scope);
    task();
    expect(ran).toEqual([]);
    frame();
    expect(ran).toEqual([]);
    task();
    expect(ran).toEqual(['run']);
  });

  it('never runs once cancelled, before or after the frame', () => {
    const early = fakeScope();
    const ran: string[] = [];
    afterPaint(() => ran.push('early'), early.scope)();
    early.frame();
    early.task();
    const late = fakeScope();
    const cancel = afterPaint(() => ran.push('late'), late.scope);
    late.frame();
    cancel();
    late.task();
    expect(ran).toEqual([]);
  });

  it('waits for the next task where there are no frames', () => {
    const { scope, task } = fakeScope(false);
    const ran: string[] = [];
    afterPaint(() => ran.push('run'), scope);
    expect(ran).toEqual([]);
    task();
    expect(ran).toEqual(['run']);
  });
});
