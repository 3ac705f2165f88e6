import type { ClientRateLimitInfo, HonoConfigType, Store } from 'hono-rate-limiter';
import { messageOf, type StoreHealth } from './store-health.ts';

/**
 * A hono-rate-limiter store that counts in the shared store while it is usable and in this
 * instance's memory otherwise. A failed shared count marks the store down (one log line) and
 * the request is counted locally instead, so an outage never turns into 500s or unlimited
 * access: each instance then enforces the configured limit on its own until Redis returns.
 */
export class FallbackRateLimitStore implements Store {
  /** Counts may be seen by other instances, so the limiter must not warn about double counting. */
  readonly localKeys = false;

  constructor(
    private readonly shared: Store,
    private readonly local: Store,
    private readonly health: StoreHealth,
  ) {}

  init(options: HonoConfigType): void {
    this.shared.init?.(options);
    this.local.init?.(options);
  }

  async increment(key: string): Promise<ClientRateLimitInfo> {
    if (this.health.usable()) {
      try {
        return await this.shared.increment(key);
      } catch (err) {
        this.health.markDown(messageOf(err));
      }
    }
    return this.local.increment(key);
  }

  async decrement(key: string): Promise<void> {
    await this.eitherStore((store) => store.decrement(key));
  }

  async resetKey(key: string): Promise<void> {
    await this.eitherStore((store) => store.resetKey(key));
  }

  private async eitherStore(run: (store: Store) => Promise<void> | void): Promise<void> {
    if (this.health.usable()) {
      try {
        await run(this.shared);
        return;
      } catch (err) {
        this.health.markDown(messageOf(err));
      }
    }
    await run(this.local);
  }
}
