import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { MEMORY_NOTICE, openStore } from './open-store';
import { makeInterview } from './test-fixtures';

describe('openStore', () => {
  it('uses IndexedDB when it opens', async () => {
    const name = `open-store-${crypto.randomUUID()}`;
    const opened = await openStore({ name });
    expect(opened.kind).toBe('indexeddb');
    expect(opened.store.kind).toBe('indexeddb');
    if (opened.kind === 'indexeddb') opened.close();
    indexedDB.deleteDatabase(name);
  });

  it('falls back to a working memory store and says history will not be kept', async () => {
    const opened = await openStore({
      openIndexedDb: () => Promise.reject(new DOMException('private mode', 'InvalidStateError')),
    });
    expect(opened.kind).toBe('memory');
    if (opened.kind !== 'memory') return;
    expect(opened.notice).toBe(MEMORY_NOTICE);
    expect(opened.notice).toMatch(/won't be kept.*download your transcript/);
    expect(opened.cause.reason).toBe('unavailable');
    await opened.store.createInterview(makeInterview('a', 1));
    expect(await opened.store.listInterviews()).toHaveLength(1);
  });

  it('falls back to memory when the browser has no IndexedDB at all', async () => {
    const original = globalThis.indexedDB;
    // @ts-expect-error -- simulating a browser without IndexedDB
    delete globalThis.indexedDB;
    try {
      const opened = await openStore();
      expect(opened.kind).toBe('memory');
    } finally {
      globalThis.indexedDB = original;
    }
  });
});
