import { createRoot } from 'solid-js';
import { describe, expect, it } from 'vitest';
import { testPrepPack } from '../../services/storage/test-prep-pack';
import { createMemoryStore } from '../../services/storage/memory-store';
import type { Store } from '../../services/storage/types';
import { createPrepPage, type PrepPageData } from './create-prep-page';

async function settle(store: Pick<Store, 'getPrepPack' | 'listPrepPacks'>, id: string) {
  const page = createRoot(() => createPrepPage(id, store));
  await new Promise((resolve) => setTimeout(resolve, 0));
  return page;
}

const status = (data: PrepPageData) => data.status;

describe('createPrepPage', () => {
  it('shows a stored pack and lists the other packs on this device, newest first', async () => {
    const store = createMemoryStore();
    await store.putPrepPack({ id: 'a', createdAt: 1, pack: testPrepPack });
    await store.putPrepPack({
      id: 'b',
      createdAt: 2,
      pack: { ...testPrepPack, setup: { ...testPrepPack.setup, topic: 'Leadership' } },
    });
    await store.putPrepPack({ id: 'c', createdAt: 3, pack: { broken: true } });
    const page = await settle(store, 'a');
    expect(page.data()).toMatchObject({ status: 'ready', pack: testPrepPack, record: { id: 'a', createdAt: 1 } });
    expect(page.others()).toEqual([{ id: 'b', topic: 'Leadership', createdAt: 2 }]);
  });

  it('says when there is no such pack, and when the stored value is not one it can show', async () => {
    const store = createMemoryStore();
    await store.putPrepPack({ id: 'old', createdAt: 1, pack: { ...testPrepPack, version: 9 } });
    expect(status((await settle(store, 'nope')).data())).toBe('missing');
    expect(status((await settle(store, 'old')).data())).toBe('unreadable');
  });

  it('explains a storage failure in a sentence', async () => {
    const failing = {
      getPrepPack: () => Promise.reject(new Error('boom')),
      listPrepPacks: () => Promise.reject(new Error('boom')),
    };
    const page = await settle(failing, 'a');
    expect(page.data()).toEqual({
      status: 'error',
      message: expect.stringMatching(/could not be read.*Reload the page/) as unknown,
    });
    expect(page.others()).toEqual([]);
  });
});
