import { describe, expect, it } from 'vitest';
import { testPrepPack } from '../services/storage/test-prep-pack';
import { createMemoryStore } from '../services/storage/memory-store';
import { listPackLinks } from './pack-links';

describe('listPackLinks', () => {
  it('lists every readable pack newest first, for the history page', async () => {
    const store = createMemoryStore();
    await store.putPrepPack({ id: 'a', createdAt: 1, pack: testPrepPack });
    await store.putPrepPack({
      id: 'b',
      createdAt: 2,
      pack: { ...testPrepPack, setup: { ...testPrepPack.setup, topic: 'Leadership' } },
    });
    await store.putPrepPack({ id: 'c', createdAt: 3, pack: { broken: true } });
    expect(await listPackLinks(store)).toEqual([
      { id: 'b', topic: 'Leadership', createdAt: 2 },
      { id: 'a', topic: testPrepPack.setup.topic, createdAt: 1 },
    ]);
  });

  it('leaves out the pack being shown', async () => {
    const store = createMemoryStore();
    await store.putPrepPack({ id: 'a', createdAt: 1, pack: testPrepPack });
    expect(await listPackLinks(store, 'a')).toEqual([]);
  });

  it('gives no links when the store cannot be read', async () => {
    expect(await listPackLinks({ listPrepPacks: () => Promise.reject(new Error('blocked')) })).toEqual([]);
  });
});
