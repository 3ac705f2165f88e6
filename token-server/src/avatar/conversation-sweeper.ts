import type { ConversationScripts } from './conversation-scripts.ts';

// Every instance runs a sweeper, but in each interval only the one holding the lease (SET NX PX,
// expiring after one interval) looks for conversations past their deadline, so a fleet of N
// instances asks Redis once per interval, not N times. If the holder dies, its lease expires and
// another instance takes the next turn. Exactly-once ending does not rest on the lease: each
// conversation is also claimed on its own before it is ended (see conversation-scripts.ts).

export interface SweeperOptions {
  scripts: ConversationScripts;
  /** Whether Redis can be used now; a sweep is skipped while it cannot. */
  usable: () => boolean;
  /** This instance's name in the lease and in claims. */
  owner: string;
  intervalMs: number;
  /** Claims and ends one due conversation; never rejects. */
  endDue: (conversationId: string) => Promise<void>;
  /** A sweep failed (Redis went away mid-sweep). */
  onError: (err: unknown) => void;
}

/** How many due conversations one sweep takes on; the rest wait for the next interval. */
export const SWEEP_BATCH = 50;

export async function sweepOnce(options: SweeperOptions): Promise<void> {
  if (!options.usable()) return;
  if (!(await options.scripts.lease(options.owner, options.intervalMs))) return;
  const due = await options.scripts.due(SWEEP_BATCH);
  await Promise.all(due.map((id) => options.endDue(id)));
}

/** Sweeps every `intervalMs` until the returned function is called. */
export function startSweeper(options: SweeperOptions): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return; // a slow sweep is still ending conversations: skip this turn
    running = true;
    sweepOnce(options)
      .catch(options.onError)
      .finally(() => {
        running = false;
      });
  }, options.intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
