import { describe, expect, it } from 'vitest';
import type { InterviewRecord } from '../../lib/interview';
import { makeLazyStore } from './lazy-store';
import { createMemoryStore } from './memory-store';
import { MEMORY_NOTICE, type OpenedStore } from './open-store';

const record = {
  id: 'i1',
  status: 'live',
  createdAt: 1,
  setup: {
    topic: 'Payments',
    level: 'Advanced',
    voice: 'Kore',
    languageCode: 'en-US',
    lengthMinutes: 10,
    patience: 'quick',
    avatar: false,
  },
} as InterviewRecord;

function opener() {
  const calls = { opens: 0 };
  const real = createMemoryStore();
  const open = async (): Promise<OpenedStore> => {
    calls.opens++;
    return {
      kind: 'memory',
      store: real,
      notice: MEMORY_NOTICE,
      cause: new (await import('./types')).StoreError('unavailable', 'blocked'),
    };
  };
  return { calls, real, open };
}

describe('makeLazyStore', () => {
  it('opens nothing until the store is used, then opens once', async () => {
    const { calls, real, open } = opener();
    const lazy = makeLazyStore(open);
    expect(calls.opens).toBe(0);
    await lazy.store.createInterview(record);
    expect(await lazy.store.getInterview('i1')).toEqual(record);
    expect(await real.listInterviews()).toHaveLength(1);
    expect(calls.opens).toBe(1);
  });

  it('passes the real store’s rejections through', async () => {
    const lazy = makeLazyStore(opener().open);
    await expect(lazy.store.updateInterview('missing', { status: 'ended' })).rejects.toMatchObject({
      reason: 'not-found',
    });
  });

  it('tells how it opened, and its kind once open', async () => {
    const lazy = makeLazyStore(opener().open);
    const opened = await lazy.open();
    expect(opened.kind).toBe('memory');
    expect(lazy.store.kind).toBe('memory');
  });
});
