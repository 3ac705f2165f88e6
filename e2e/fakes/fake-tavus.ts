import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';
import { closeServer, listenOnLoopback, sendJson, splitUrl } from './shared/http.ts';
import {
  type TavusConversation,
  type TavusEvent,
  type TavusFault,
  type TavusRoute,
  TavusState,
} from './tavus/tavus-state.ts';
import { handleTavus } from './tavus/tavus-routes.ts';

// A stand-in for Tavus's REST API on loopback (personas, replicas, conversations, end), with its error
// shapes and fault switches. Start it from a test, or run this file for `npm run dev:fake`.

export interface FakeTavusOptions {
  apiKey?: string;
  port?: number;
  /** Concurrent active conversations allowed before Tavus answers 400 (default 3). */
  maxConcurrent?: number;
  /** Replica ids the account may use (default: the stock replica the server defaults to). */
  replicas?: string[];
}

/** Tavus's stock replica, the token server's default TAVUS_REPLICA_ID. */
export const STOCK_REPLICA_ID = 'rfe12d8b9597';

export interface FakeTavusControl {
  waitFor(event: TavusEvent, n?: number, timeoutMs?: number): Promise<void>;
  readonly conversations: readonly TavusConversation[];
  readonly personas: readonly { id: string; body: Record<string, unknown> }[];
  /** Conversations created and not yet ended. */
  activeIds(): string[];
  created(): number;
  ended(): number;
  /** The next `times` calls to the route fail this way (default: until cleared). */
  fail(route: TavusRoute, fault: TavusFault, times?: number): void;
  clearFault(route: TavusRoute): void;
  setMaxConcurrent(n: number): void;
  /** The account gains (or loses) a replica. */
  setReplica(id: string, available: boolean): void;
}

export interface FakeTavus {
  /** Base URL for TAVUS_API_BASE_URL, without a trailing slash. */
  url: string;
  port: number;
  control: FakeTavusControl;
  close(): Promise<void>;
}

export const FAKE_TAVUS_KEY = 'fake-tavus-key';

function controlOf(state: TavusState): FakeTavusControl {
  return {
    waitFor: (event, n, timeoutMs) => state.events.waitFor(event, n, timeoutMs),
    conversations: state.conversations,
    personas: state.personas,
    activeIds: () => state.active().map((c) => c.id),
    created: () => state.conversations.length,
    ended: () => state.conversations.filter((c) => c.status === 'ended').length,
    fail: (route, fault, times = Number.POSITIVE_INFINITY) => {
      state.faults[route] = { fault, times };
    },
    clearFault: (route) => {
      state.faults[route] = undefined;
    },
    setMaxConcurrent: (n) => {
      state.maxConcurrent = n;
    },
    setReplica: (id, available) => {
      if (available) state.replicas.add(id);
      else state.replicas.delete(id);
    },
  };
}

export async function startFakeTavus(opts: FakeTavusOptions = {}): Promise<FakeTavus> {
  const state = new TavusState(
    opts.apiKey ?? FAKE_TAVUS_KEY,
    opts.maxConcurrent ?? 3,
    new Set(opts.replicas ?? [STOCK_REPLICA_ID]),
  );
  const server = createServer((req, res) => {
    const { path } = splitUrl(req.url);
    handleTavus(state, req, res, path).catch((err: unknown) => sendJson(res, 500, { message: String(err) }));
  });
  const port = await listenOnLoopback(server, opts.port ?? 0);
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    control: controlOf(state),
    close: async () => {
      state.dispose();
      await closeServer(server);
    },
  };
}

/** Standalone: `tsx e2e/fakes/fake-tavus.ts [--port N] [--key K]`; prints one JSON line when ready. */
async function main(argv: string[]): Promise<void> {
  const arg = (name: string): string | undefined => {
    const at = argv.indexOf(name);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const fake = await startFakeTavus({ port: Number(arg('--port') ?? 0), apiKey: arg('--key') ?? FAKE_TAVUS_KEY });
  console.log(JSON.stringify({ fake: 'tavus', url: fake.url }));
  const stop = (): void => void fake.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) void main(process.argv.slice(2));
