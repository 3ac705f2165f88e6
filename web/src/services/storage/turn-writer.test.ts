import { describe, expect, it } from 'vitest';
import type { Turn } from '../../lib/interview';
import { makeTurn } from './test-fixtures';
import { createTurnWriter, type Schedule, type TurnWriterState } from './turn-writer';

/** A store whose writes fail with a full disk until it is told to recover. */
function flakyStore() {
  const saved = new Map<number, Turn>();
  const attempts: number[] = [];
  const store = {
    failing: false,
    saved,
    attempts,
    putTurn(_interviewId: string, turn: Turn): Promise<void> {
      attempts.push(turn.seq);
      if (store.failing) return Promise.reject(new DOMException('disk full', 'QuotaExceededError'));
      saved.set(turn.seq, { ...turn });
      return Promise.resolve();
    },
  };
  return store;
}

/** Timers the test fires by hand. */
function manualTimers() {
  const timers: { run: () => void; ms: number }[] = [];
  const schedule: Schedule = (run, ms) => {
    const timer = { run, ms };
    timers.push(timer);
    return () => timers.splice(timers.indexOf(timer), 1);
  };
  const fireNext = async (): Promise<number | undefined> => {
    const timer = timers.shift();
    timer?.run();
    await settle();
    return timer?.ms;
  };
  return { schedule, timers, fireNext };
}

/** Lets queued promise callbacks run. */
const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function setup() {
  const store = flakyStore();
  const clock = manualTimers();
  const states: TurnWriterState[] = [];
  const writer = createTurnWriter({
    store,
    interviewId: 'iv',
    retryDelaysMs: [100, 200, 400],
    schedule: clock.schedule,
    onChange: (state) => states.push(state),
  });
  return { store, clock, states, writer };
}

describe('createTurnWriter', () => {
  it('writes turns in order and ends up saved with nothing pending', async () => {
    const { store, writer } = setup();
    for (const seq of [0, 1, 2]) writer.write(makeTurn(seq));
    await settle();
    expect(store.attempts).toEqual([0, 1, 2]);
    expect(writer.pending()).toEqual([]);
    expect(writer.state()).toEqual({ status: 'saved' });
  });

  it('keeps turns in memory when a write fails and explains why', async () => {
    const { store, writer, clock } = setup();
    store.failing = true;
    writer.write(makeTurn(0));
    writer.write(makeTurn(1));
    await settle();
    expect(writer.pending()).toEqual([makeTurn(0), makeTurn(1)]);
    const state = writer.state();
    expect(state.status).toBe('retrying');
    if (state.status === 'retrying') {
      expect(state.error.reason).toBe('quota');
      expect(state.error.message).toMatch(/storage for this site is full/);
      expect(state.pending).toBe(2);
    }
    expect(clock.timers.map((t) => t.ms)).toEqual([100]);
  });

  it('waits longer after each failure, then writes everything once the store recovers', async () => {
    const { store, writer, clock } = setup();
    store.failing = true;
    writer.write(makeTurn(0));
    await settle();
    expect(await clock.fireNext()).toBe(100);
    expect(await clock.fireNext()).toBe(200);
    expect(await clock.fireNext()).toBe(400);
    expect(clock.timers[0]?.ms).toBe(400);

    store.failing = false;
    writer.write(makeTurn(1));
    await settle();
    expect(store.saved.size).toBe(0);
    await clock.fireNext();
    expect([...store.saved.keys()]).toEqual([0, 1]);
    expect(writer.pending()).toEqual([]);
    expect(writer.state()).toEqual({ status: 'saved' });
    expect(clock.timers).toEqual([]);
  });

  it('does not hammer a failing store: a turn written while waiting goes with the next retry', async () => {
    const { store, writer } = setup();
    store.failing = true;
    writer.write(makeTurn(0));
    await settle();
    writer.write(makeTurn(1));
    writer.write(makeTurn(2));
    await settle();
    expect(store.attempts).toEqual([0]);
    expect(writer.pending().map((t) => t.seq)).toEqual([0, 1, 2]);
  });

  it('keeps only the newest version of a pending turn', async () => {
    const { store, writer, clock } = setup();
    store.failing = true;
    writer.write(makeTurn(0, 'first words'));
    await settle();
    writer.write(makeTurn(0, 'first words, finished'));
    expect(writer.pending()).toEqual([makeTurn(0, 'first words, finished')]);
    store.failing = false;
    await clock.fireNext();
    expect(store.saved.get(0)?.text).toBe('first words, finished');
  });

  it('flush tries at once and says whether everything is saved', async () => {
    const { store, writer, clock } = setup();
    store.failing = true;
    writer.write(makeTurn(0));
    await settle();
    await expect(writer.flush()).resolves.toBe(false);
    store.failing = false;
    await expect(writer.flush()).resolves.toBe(true);
    expect(store.saved.has(0)).toBe(true);
    expect(clock.timers).toEqual([]);
    await expect(writer.flush()).resolves.toBe(true);
  });

  it('reports saving, then retrying, then saved to its listener', async () => {
    const { store, writer, states } = setup();
    store.failing = true;
    writer.write(makeTurn(0));
    await settle();
    store.failing = false;
    await writer.flush();
    expect(states.map((s) => s.status)).toEqual(['saving', 'retrying', 'saved']);
  });

  it('stops retrying when disposed but still hands out the unsaved turns', async () => {
    const { store, writer, clock } = setup();
    store.failing = true;
    writer.write(makeTurn(0));
    await settle();
    writer.dispose();
    expect(clock.timers).toEqual([]);
    expect(writer.pending()).toEqual([makeTurn(0)]);
    await expect(writer.flush()).resolves.toBe(false);
  });
});
