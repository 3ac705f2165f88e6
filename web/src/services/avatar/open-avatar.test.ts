import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/types';
import { createManualClock } from '../../lib/testing/manual-clock';
import { AVATAR_BUSY_MESSAGE, AVATAR_UNAVAILABLE_MESSAGE } from './avatar-fallback';
import { createDailyAvatarSession } from './daily-avatar-session';
import type { PageLifecycleTarget } from './end-on-page-hide';
import { openAvatar } from './open-avatar';
import { fakeDaily, replicaParticipant, type FakeCallObject } from './testing/fake-call-object';

type Listener = () => void;

function setup(opts: { createFails?: ApiError; endFails?: boolean; replica?: boolean } = {}) {
  const clock = createManualClock();
  const created: { interviewId: string; maxMinutes: number }[] = [];
  const ended: { id: string; beacon: boolean }[] = [];
  const api = {
    createAvatarConversation: (interviewId: string, maxMinutes: number) => {
      created.push({ interviewId, maxMinutes });
      if (opts.createFails) return Promise.reject(opts.createFails);
      return Promise.resolve({ conversationId: 'c123', conversationUrl: 'https://tavus.daily.co/c123' });
    },
    endAvatarConversation: (id: string, o?: { beacon?: boolean }) => {
      ended.push({ id, beacon: !!o?.beacon });
      return opts.endFails && !o?.beacon
        ? Promise.reject(new ApiError(0, 'network', 'unreachable'))
        : Promise.resolve();
    },
  };
  // The replica walks in as soon as we join, unless the test says it never comes.
  const daily = fakeDaily((call) => {
    if (opts.replica !== false) call.room['replica-session'] = replicaParticipant();
  });
  const pageHide = new Set<Listener>();
  const page: PageLifecycleTarget = {
    addEventListener: (_type, fn) => void pageHide.add(fn),
    removeEventListener: (_type, fn) => void pageHide.delete(fn),
    document: { visibilityState: 'visible', addEventListener: () => undefined, removeEventListener: () => undefined },
  };
  const abort = new AbortController();
  const opening = openAvatar({
    api,
    createSession: () => createDailyAvatarSession({ loadDaily: daily.loadDaily, clock }),
    interviewId: 'iv-1',
    maxMinutes: 35,
    page,
    clock,
    signal: abort.signal,
  });
  const settled = opening.then(
    (opened) => ({ opened }),
    (error: unknown) => ({ error }),
  );
  const call = (): FakeCallObject | undefined => daily.created[0];
  return { clock, created, ended, settled, call, abort, hidePage: () => [...pageHide].forEach((fn) => fn()) };
}

describe('openAvatar', () => {
  it('creates a conversation for the interview, joins it, and on close leaves and ends it once', async () => {
    const t = setup();
    const { opened } = (await t.settled) as { opened: Awaited<ReturnType<typeof openAvatar>> };
    expect(t.created).toEqual([{ interviewId: 'iv-1', maxMinutes: 35 }]);
    expect(t.call()?.joinedUrl).toBe('https://tavus.daily.co/c123');
    expect(opened.conversationId).toBe('c123');
    await Promise.all([opened.close(), opened.close()]);
    expect(t.call()?.calls.slice(-2)).toEqual(['leave', 'destroy']);
    expect(t.ended).toEqual([{ id: 'c123', beacon: false }]);
  });

  it('turns Tavus being busy into voice only with its own calm sentence, creating no room', async () => {
    const t = setup({
      createFails: new ApiError(503, 'avatar_busy', 'Every video interviewer slot is in use right now.'),
    });
    expect(await t.settled).toEqual({
      error: expect.objectContaining({ reason: 'unavailable', message: AVATAR_BUSY_MESSAGE }) as unknown,
    });
    expect(t.call()).toBeUndefined();
    expect(t.ended).toEqual([]);
  });

  it('turns any other server refusal into voice only', async () => {
    for (const code of ['upstream_auth', 'upstream_failed', 'avatar_unconfigured', 'network']) {
      const t = setup({ createFails: new ApiError(502, code, 'The server could not do it.') });
      expect(await t.settled).toEqual({
        error: expect.objectContaining({ reason: 'unavailable', message: AVATAR_UNAVAILABLE_MESSAGE }) as unknown,
      });
    }
  });

  it('ends the conversation when the replica never shows up', async () => {
    const t = setup({ replica: false });
    await t.clock.advance(8000);
    expect(await t.settled).toEqual({ error: expect.objectContaining({ reason: 'no-replica' }) as unknown });
    expect(t.call()?.calls.slice(-2)).toEqual(['leave', 'destroy']);
    expect(t.ended).toEqual([{ id: 'c123', beacon: false }]);
  });

  it('ends the conversation as soon as the avatar fails mid-interview', async () => {
    const t = setup();
    await t.settled;
    t.call()?.exit(replicaParticipant());
    await t.clock.flush();
    expect(t.ended).toEqual([{ id: 'c123', beacon: false }]);
  });

  it('sends the end as a beacon on page hide, and does not end it twice on close', async () => {
    const t = setup();
    const { opened } = (await t.settled) as { opened: Awaited<ReturnType<typeof openAvatar>> };
    t.hidePage();
    await t.clock.flush();
    expect(t.ended).toEqual([{ id: 'c123', beacon: true }]);
    expect(t.call()?.calls.slice(-2)).toEqual(['leave', 'destroy']);
    await opened.close();
    expect(t.ended).toHaveLength(1);
  });

  it('falls back to a beacon when ending over fetch fails', async () => {
    const t = setup({ endFails: true });
    const { opened } = (await t.settled) as { opened: Awaited<ReturnType<typeof openAvatar>> };
    await opened.close();
    expect(t.ended).toEqual([
      { id: 'c123', beacon: false },
      { id: 'c123', beacon: true },
    ]);
  });

  it('closes everything when the caller aborts while the room is opening', async () => {
    const t = setup({ replica: false });
    await t.clock.flush();
    t.abort.abort();
    expect(await t.settled).toEqual({ error: expect.objectContaining({ reason: 'cancelled' }) as unknown });
    expect(t.call()?.calls.slice(-2)).toEqual(['leave', 'destroy']);
    expect(t.ended).toEqual([{ id: 'c123', beacon: false }]);
  });
});
