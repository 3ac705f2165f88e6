import { describe, expect, it } from 'vitest';
import { createMemoryStore } from './memory-store';
import {
  holdLiveInterviewLock,
  interviewsRunningInTabs,
  recoverUnfinishedInterviews,
  type LockRegistry,
} from './recovery';
import { makeInterview, makeTurn } from './test-fixtures';

/** Web Locks as seen by every tab of one browser: a lock is held until its callback settles. */
function fakeLocks(): LockRegistry {
  const held: string[] = [];
  return {
    async request(name, callback) {
      held.push(name);
      try {
        await callback();
      } finally {
        held.splice(held.indexOf(name), 1);
      }
    },
    query: () => Promise.resolve({ held: held.map((name) => ({ name })) }),
  };
}

describe('recovery of interviews cut off by a crash or closed tab', () => {
  it('knows which interviews a tab is running until the tab lets go', async () => {
    const locks = fakeLocks();
    const release = holdLiveInterviewLock('running', locks);
    expect(await interviewsRunningInTabs(locks)).toEqual(['running']);
    release();
    await Promise.resolve();
    expect(await interviewsRunningInTabs(locks)).toEqual([]);
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

  it('still recovers when the browser has no Web Locks', async () => {
    const store = createMemoryStore();
    await store.createInterview(makeInterview('crashed', 1, 'live'));
    expect(await recoverUnfinishedInterviews(store, [], null)).toEqual(['crashed']);
    expect(holdLiveInterviewLock('x', null)).toBeTypeOf('function');
  });
});
