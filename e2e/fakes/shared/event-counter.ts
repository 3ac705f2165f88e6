/**
 * Counts named events and lets a test wait until one has happened `n` times in total.
 * Waiting on a total (not "the next one") means a test never misses an event that fired
 * before it started waiting.
 */
export class EventCounter<Name extends string> {
  private readonly counts = new Map<Name, number>();
  private waiters: { name: Name; n: number; resolve: () => void }[] = [];

  bump(name: Name): void {
    this.counts.set(name, this.count(name) + 1);
    const ready = this.waiters.filter((w) => w.name === name && this.count(name) >= w.n);
    this.waiters = this.waiters.filter((w) => !ready.includes(w));
    for (const w of ready) w.resolve();
  }

  count(name: Name): number {
    return this.counts.get(name) ?? 0;
  }

  snapshot(): Record<string, number> {
    return Object.fromEntries(this.counts);
  }

  /** Resolves once `name` has happened at least `n` times; rejects with a readable message on timeout. */
  waitFor(name: Name, n = 1, timeoutMs = 10_000): Promise<void> {
    if (this.count(name) >= n) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${n} × "${name}" (saw ${this.count(name)}).`));
      }, timeoutMs);
      const waiter = {
        name,
        n,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      };
      this.waiters.push(waiter);
    });
  }
}
