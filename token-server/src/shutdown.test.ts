import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { createConversationRegistry } from './avatar/conversation-registry.ts';
import { onShutdownSignal, SHUTDOWN_SIGNALS, shutDown, type ShutdownSignal } from './shutdown.ts';

// The probe found SIGHUP killing the server with conversations open, and SIGTERM giving up on a
// hanging Tavus without saying which conversations it left. index.ts wires these two pieces.

const never = () => new Promise<void>(() => undefined);

function registryWhere(hangs: (id: string) => boolean) {
  const ended: string[] = [];
  const registry = createConversationRegistry({
    endConversation: (id) => (hangs(id) ? never() : (ended.push(id), Promise.resolve())),
    setTimer: () => () => undefined,
  });
  return { registry, ended };
}

describe('shutting down', () => {
  it('ends every open conversation, closes the server and leaves nothing open when Tavus answers', async () => {
    const { registry, ended } = registryWhere(() => false);
    registry.remember('a', 60_000);
    registry.remember('b', 60_000);
    const lines: string[] = [];
    let closed = false;
    const left = await shutDown('SIGTERM', {
      registry,
      closeServer: () => (closed = true),
      log: (l) => lines.push(l),
      sleep: never,
    });
    expect({ closed, ended, left }).toEqual({ closed: true, ended: ['a', 'b'], left: [] });
    expect(lines).toEqual(['SIGTERM: ending 2 avatar conversation(s) before exit']);
  });

  it('waits only the grace period when Tavus hangs and names each conversation left open', async () => {
    const { registry, ended } = registryWhere((id) => id.startsWith('stuck'));
    for (const id of ['stuck-1', 'fine', 'stuck-2']) registry.remember(id, 60_000);
    const lines: string[] = [];
    const waited: number[] = [];
    const sleep = (ms: number) => (waited.push(ms), Promise.resolve());
    const left = await shutDown('SIGHUP', {
      registry,
      closeServer: () => undefined,
      log: (l) => lines.push(l),
      graceMs: 8000,
      sleep,
    });
    expect(waited).toEqual([8000]);
    expect(ended).toEqual(['fine']);
    expect(left).toEqual(['stuck-1', 'stuck-2']);
    expect(lines.at(-1)).toBe(
      'SIGHUP: Tavus did not confirm the end of 2 conversation(s) within 8 s; still open: stuck-1, stuck-2',
    );
  });

  it('says nothing and waits for nothing when no conversation is open', async () => {
    const lines: string[] = [];
    const left = await shutDown('SIGINT', {
      registry: registryWhere(() => false).registry,
      closeServer: () => undefined,
      log: (l) => lines.push(l),
      sleep: never,
    });
    expect({ left, lines }).toEqual({ left: [], lines: [] });
  });
});

describe('the shutdown signals', () => {
  it.each(SHUTDOWN_SIGNALS)('%s starts the shutdown', (signal) => {
    const target = new EventEmitter();
    const seen: ShutdownSignal[] = [];
    onShutdownSignal((s) => seen.push(s), target);
    target.emit(signal);
    expect(seen).toEqual([signal]);
  });

  it('starts it once however many signals follow', () => {
    const target = new EventEmitter();
    const seen: ShutdownSignal[] = [];
    onShutdownSignal((s) => seen.push(s), target);
    for (const signal of [...SHUTDOWN_SIGNALS, 'SIGTERM'] as const) target.emit(signal);
    expect(seen).toEqual(['SIGHUP']);
  });
});
