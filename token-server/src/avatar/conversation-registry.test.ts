import { describe, expect, it } from 'vitest';
import { createConversationRegistry, type SetTimer } from './conversation-registry.ts';

/** A clock the test moves by hand. */
function manualClock() {
  let now = 0;
  const timers: { at: number; fn: () => void; live: boolean }[] = [];
  const setTimer: SetTimer = (fn, ms) => {
    const timer = { at: now + ms, fn, live: true };
    timers.push(timer);
    return () => {
      timer.live = false;
    };
  };
  async function advance(ms: number): Promise<void> {
    now += ms;
    for (const timer of timers.filter((t) => t.live && t.at <= now)) {
      timer.live = false;
      timer.fn();
    }
    await new Promise((resolve) => setImmediate(resolve));
  }
  return { setTimer, advance, pending: () => timers.filter((t) => t.live).length };
}

function setup(endImpl: (id: string) => Promise<void> = () => Promise.resolve()) {
  const clock = manualClock();
  const ended: string[] = [];
  const logs: string[] = [];
  const registry = createConversationRegistry({
    endConversation: (id) => (ended.push(id), endImpl(id)),
    setTimer: clock.setTimer,
    log: (line) => logs.push(line),
    retryDelayMs: 1_000,
    maxAttempts: 3,
  });
  return { registry, clock, ended, logs };
}

describe('conversation registry', () => {
  it('ends a conversation by itself when its time is up', async () => {
    const { registry, clock, ended } = setup();
    registry.remember('c1', 60_000);
    await clock.advance(59_999);
    expect(ended).toEqual([]);
    await clock.advance(1);
    expect(ended).toEqual(['c1']);
    expect(registry.has('c1')).toBe(false);
  });

  it('ends on request, once, and cancels the deadline', async () => {
    const { registry, clock, ended } = setup();
    registry.remember('c1', 60_000);
    await registry.end('c1');
    await registry.end('c1');
    await clock.advance(120_000);
    expect(ended).toEqual(['c1']);
    expect(clock.pending()).toBe(0);
  });

  it('shares one upstream call between concurrent ends', async () => {
    let release: () => void = () => undefined;
    const { registry, ended } = setup(() => new Promise<void>((resolve) => (release = resolve)));
    registry.remember('c1', 60_000);
    const both = Promise.all([registry.end('c1'), registry.end('c1')]);
    release();
    await both;
    expect(ended).toEqual(['c1']);
  });

  it('does nothing for a conversation it never created', async () => {
    const { registry, ended } = setup();
    await registry.end('someone-elses');
    expect(ended).toEqual([]);
  });

  it('keeps a conversation whose end failed and tries again later', async () => {
    let failures = 1;
    const { registry, clock, ended, logs } = setup(() =>
      failures-- > 0 ? Promise.reject(new Error('502')) : Promise.resolve(),
    );
    registry.remember('c1', 60_000);
    await expect(registry.end('c1')).rejects.toThrow('502');
    expect(registry.has('c1')).toBe(true);
    expect(logs[0]).toContain('trying again');
    await clock.advance(1_000);
    expect(ended).toEqual(['c1', 'c1']);
    expect(registry.has('c1')).toBe(false);
  });

  it('gives up after the last attempt and says so', async () => {
    const { registry, clock, ended, logs } = setup(() => Promise.reject(new Error('down')));
    registry.remember('c1', 10);
    await clock.advance(10);
    await clock.advance(1_000);
    await clock.advance(1_000);
    await clock.advance(1_000);
    expect(ended).toEqual(['c1', 'c1', 'c1']);
    expect(registry.size).toBe(0);
    expect(logs.at(-1)).toContain('gave up');
  });

  it('ends everything on shutdown, even when one end fails', async () => {
    const { registry, ended } = setup((id) => (id === 'c2' ? Promise.reject(new Error('x')) : Promise.resolve()));
    registry.remember('c1', 60_000);
    registry.remember('c2', 60_000);
    registry.remember('c3', 60_000);
    await expect(registry.endAll()).resolves.toBeUndefined();
    expect(ended.sort()).toEqual(['c1', 'c2', 'c3']);
    expect(registry.has('c1') || registry.has('c3')).toBe(false);
    expect(registry.has('c2')).toBe(true);
  });

  it('uses real timers that do not keep the process alive by default', async () => {
    const ended: string[] = [];
    const registry = createConversationRegistry({ endConversation: (id) => (ended.push(id), Promise.resolve()) });
    registry.remember('c1', 5);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(ended).toEqual(['c1']);
  });
});
