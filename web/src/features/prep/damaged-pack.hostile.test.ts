import { createRoot } from 'solid-js';
import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../services/storage/memory-store';
import { createPrepPage } from './create-prep-page';
import { listPackLinks } from '../../ui/pack-links';
import { testPrepPack } from '../../services/storage/test-prep-pack';

// A stored pack with a date past what a Date can hold made the pack page throw while
// formatting it. It is now "cannot be shown", and left out of the lists of packs.

const BEYOND_DATE = 8.64e15 + 1;

describe('a stored prep pack with an out-of-range date', () => {
  it('opens as a pack that cannot be shown instead of throwing', async () => {
    const store = createMemoryStore();
    await store.putPrepPack({ id: 'far', createdAt: BEYOND_DATE, pack: testPrepPack });
    const page = createRoot(() => createPrepPage('far', store));
    await expect.poll(() => page.data().status).toBe('unreadable');
  });

  it('is left out of the pack links while the readable packs stay', async () => {
    const store = createMemoryStore();
    await store.putPrepPack({ id: 'far', createdAt: BEYOND_DATE, pack: testPrepPack });
    await store.putPrepPack({ id: 'ok', createdAt: 1_700_000_000_000, pack: testPrepPack });
    expect((await listPackLinks(store)).map((link) => link.id)).toEqual(['ok']);
  });
});
