import { describe, expect, it } from 'vitest';
import { createFakeLocks as fakeLocks } from './fake-locks';
import { createMemoryStore } from './memory-store';
import { holdLiveInterviewLock, interviewsRunningInTabs, recoverUnfinishedInterviews, whenNoTabRuns } from './recovery';
import { makeInterview, makeTurn } from './test-fixtures';

describe('recovery of interviews cut off by a crash or closed tab', () => {
  it('knows which interviews a tab is running until the tab lets go', async () => {
    const locks = fakeLocks();
    const release = holdLiveInterviewLock('running', locks);
    expect(await interviewsRunningInTabs(locks)).toEqual(['running']);
    release();
    await expect.poll(() => interviewsRunningInTabs(locks)).toEqual([]);
  });

  it('marks interviews left live as unfinished but not one still running in another tab or opened here', async () => {
    const store = createMemoryStore();
    for (const id of ['crashed', 'other-tab', 'this-tab']) await store.createInterview(makeInterview(id, 1, 'live'));
    await store.putTurn('crashed', makeTurn(0));
    const locks = fakeLocks();
    holdLiveInterviewLock('other-tab', locks);

    expect(await recoverUnfinishedInterviews(store, ['this-tab'], locks)).toEqual(['crashed']);
    expect((await store.getInterview('crashed'))?.status).toBe('unfinished');
    expect((await store.getInterview('other-tab'))?.status).toBe('live');
    expect((await store.getInterview('this-tab'))?.status).toBe('live');
  });

  it('tells when no tab runs an interview: at once when none does, else once the tab lets go', async () => {
    const locks = fakeLocks();
    expect(await whenNoTabRuns('crashed', new AbortController().signal, locks)).toBe(true);
    const release = holdLiveInterviewLock('running', locks);
    let free: boolean | undefined;
    void whenNoTabRuns('running', new AbortController().signal, locks).then((answer) => (free = answer));
    await expect.poll(() => locks.pending()).toHaveLength(1);
    expect(free).toBeUndefined();
    release();
    await expect.poll(() => free).toBe(true);
    // It held the lock only to learn it was free: nothing holds it now.
    expect(await interviewsRunningInTabs(locks)).toEqual([]);
  });

  it('stops waiting for a running interview when asked, and cannot tell without Web Locks', async () => {
    const locks = fakeLocks();
    holdLiveInterviewLock('running', locks);
    const control = new AbortController();
    const free = whenNoTabRuns('running', control.signal, locks);
    await expect.poll(() => locks.pending()).toHaveLength(1);
    control.abort();
    expect(await free).toBe(false);
    expect(locks.pending()).toEqual([]);
    expect(await interviewsRunningInTabs(locks)).toEqual(['running']);
    expect(await whenNoTabRuns('crashed', new AbortController().signal, null)).toBe(false);
  });

  it('still recovers when the browser has no Web Locks', async () => {
    const store = createMemoryStore();
    await store.createInterview(makeInterview('crashed', 1, 'live'));
    expect(await recoverUnfinishedInterviews(store, [], null)).toEqual(['crashed']);
    expect(holdLiveInterviewLock('x', null)).toBeTypeOf('function');
  });
});
