import type { ConversationRegistry } from './avatar/conversation-registry.ts';

// Stopping the server must not leave paid avatar conversations running. A terminal closing
// (SIGHUP), Ctrl-C (SIGINT) and a process manager (SIGTERM) all stop it the same way: stop
// taking requests, end every open conversation, wait at most `graceMs` for Tavus, then exit.
// When Tavus hangs, the log names each conversation still open, so the owner can end it by hand
// (Tavus's own max_call_duration ends it at the latest).

export const SHUTDOWN_SIGNALS = ['SIGHUP', 'SIGINT', 'SIGTERM'] as const;
export type ShutdownSignal = (typeof SHUTDOWN_SIGNALS)[number];

export const SHUTDOWN_GRACE_MS = 8_000;

export interface ShutdownDeps {
  registry?: ConversationRegistry;
  /** Stops accepting connections. */
  closeServer: () => void;
  log: (line: string) => void;
  graceMs?: number;
  /** Resolves after `ms`; injected so tests need not wait. */
  sleep?: (ms: number) => Promise<void>;
}

const unrefSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

/** Ends what can be ended within the grace period; resolves with the ids still open. */
export async function shutDown(signal: ShutdownSignal, deps: ShutdownDeps): Promise<readonly string[]> {
  const { registry, log, graceMs = SHUTDOWN_GRACE_MS, sleep = unrefSleep } = deps;
  deps.closeServer();
  if (!registry || registry.size === 0) return [];
  log(`${signal}: ending ${registry.size} avatar conversation(s) before exit`);
  await Promise.race([registry.endAll(), sleep(graceMs)]);
  const left = registry.openIds();
  if (left.length > 0) {
    log(
      `${signal}: Tavus did not confirm the end of ${left.length} conversation(s) within ${graceMs / 1000} s; still open: ${left.join(', ')}`,
    );
  }
  return left;
}

/** Runs `stop` once, on the first shutdown signal; later ones wait for it, which is bounded. */
export function onShutdownSignal(stop: (signal: ShutdownSignal) => void, target: NodeJS.EventEmitter = process): void {
  let stopping = false;
  for (const signal of SHUTDOWN_SIGNALS) {
    target.on(signal, () => {
      if (stopping) return;
      stopping = true;
      stop(signal);
    });
  }
}
