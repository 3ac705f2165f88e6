import type { Clock, TimerId } from '../clock';

/** A clock that only moves when a test says so; timers fire in due order inside advance(). */
export interface ManualClock extends Clock {
  /** Moves time forward, firing due timers and letting promise callbacks run between them. */
  advance(ms: number): Promise<void>;
  /** Lets pending promise callbacks run without moving time. */
  flush(): Promise<void>;
  pendingTimers(): number;
}

interface Pending {
  id: TimerId;
  at: number;
  fn: () => void;
}

export function createManualClock(start = 0): ManualClock {
  let now = start;
  let nextId = 1;
  let timers: Pending[] = [];

  async function flush() {
    // Several macrotask turns so chains of awaits settle before time moves again.
    for (let i = 0; i < 5; i++) await new Promise<void>((r) => setImmediate(r));
  }

  return {
    now: () => now,
    setTimeout(fn, ms) {
      const id = nextId++;
      timers.push({ id, at: now + Math.max(0, ms), fn });
      return id;
    },
    clearTimeout(id) {
      timers = timers.filter((t) => t.id !== id);
    },
    async advance(ms) {
      const target = now + ms;
      await flush();
      for (;;) {
        const due = timers.filter((t) => t.at <= target).sort((a, b) => a.at - b.at || a.id - b.id)[0];
        if (!due) break;
        timers = timers.filter((t) => t !== due);
        now = Math.max(now, due.at);
        due.fn();
        await flush();
      }
      now = target;
      await flush();
    },
    flush,
    pendingTimers: () => timers.length,
  };
}
