import { describe, expect, it } from 'vitest';
import { createManualClock } from '../../lib/testing/manual-clock';
import { endOnPageHide, type PageLifecycleTarget } from './end-on-page-hide';

type Listener = () => void;

/** A window whose events a test fires by hand. */
function fakePage() {
  const listeners = new Map<string, Set<Listener>>();
  const add = (type: string, fn: Listener) => void listeners.set(type, (listeners.get(type) ?? new Set()).add(fn));
  const remove = (type: string, fn: Listener) => void listeners.get(type)?.delete(fn);
  const document = {
    visibilityState: 'visible' as DocumentVisibilityState,
    addEventListener: add,
    removeEventListener: remove,
  };
  const target: PageLifecycleTarget = { addEventListener: add, removeEventListener: remove, document };
  const fire = (type: string) => [...(listeners.get(type) ?? [])].forEach((fn) => fn());
  const setVisibility = (state: DocumentVisibilityState) => {
    document.visibilityState = state;
    fire('visibilitychange');
  };
  const count = () => [...listeners.values()].reduce((n, set) => n + set.size, 0);
  return { target, fire, setVisibility, count };
}

function setup() {
  const clock = createManualClock();
  const page = fakePage();
  const ends: { id: string; beacon?: boolean }[] = [];
  let onEnded = 0;
  const api = {
    endAvatarConversation: (id: string, opts?: { beacon?: boolean }) => {
      ends.push({ id, beacon: opts?.beacon });
      return Promise.resolve();
    },
  };
  const dispose = endOnPageHide({ api, conversationId: 'c123', target: page.target, clock, onEnded: () => onEnded++ });
  return { clock, page, ends, dispose, onEnded: () => onEnded };
}

describe('endOnPageHide', () => {
  it('sends the end beacon once on pagehide, and stops listening', () => {
    const { page, ends, onEnded } = setup();
    page.fire('pagehide');
    page.fire('pagehide');
    page.fire('freeze');
    expect(ends).toEqual([{ id: 'c123', beacon: true }]);
    expect(onEnded()).toBe(1);
    expect(page.count()).toBe(0);
  });

  it('ends when the page is frozen', () => {
    const { page, ends } = setup();
    page.fire('freeze');
    expect(ends).toEqual([{ id: 'c123', beacon: true }]);
  });

  it('leaves a briefly hidden page alone, but ends one hidden for a minute', async () => {
    const { clock, page, ends } = setup();
    page.setVisibility('hidden');
    await clock.advance(45_000);
    page.setVisibility('visible');
    await clock.advance(120_000);
    expect(ends).toEqual([]);
    page.setVisibility('hidden');
    page.setVisibility('hidden'); // a repeat does not restart the minute
    await clock.advance(60_000);
    expect(ends).toEqual([{ id: 'c123', beacon: true }]);
  });

  it('does nothing after dispose', async () => {
    const { clock, page, ends, dispose } = setup();
    page.setVisibility('hidden');
    dispose();
    page.fire('pagehide');
    await clock.advance(120_000);
    expect(ends).toEqual([]);
    expect(page.count()).toBe(0);
    expect(clock.pendingTimers()).toBe(0);
  });
});
