import { describe, expect, it } from 'vitest';
import { readPersistence, requestPersistence, type PersistenceManager } from './storage-persistence';

const manager = (persisted: boolean, grants: boolean | Error): PersistenceManager => ({
  persisted: () => Promise.resolve(persisted),
  persist: () => (grants instanceof Error ? Promise.reject(grants) : Promise.resolve(grants)),
});

describe('storage persistence', () => {
  it('reads whether the browser already keeps the data', async () => {
    expect(await readPersistence(manager(true, true))).toBe('persisted');
    expect(await readPersistence(manager(false, true))).toBe('best-effort');
    expect(await readPersistence(undefined)).toBe('unsupported');
  });

  it('says so when the browser agrees to keep the data', async () => {
    expect(await requestPersistence(manager(false, true))).toEqual({
      status: 'persisted',
      message: 'Done: this browser will keep your interviews.',
    });
  });

  it('explains a refusal, or a failed request, with what to do', async () => {
    for (const answer of [false, new Error('denied')]) {
      const result = await requestPersistence(manager(false, answer));
      expect(result.status).toBe('best-effort');
      expect(result.message).toMatch(/try again later/);
    }
  });

  it('explains a browser that cannot be asked', async () => {
    expect((await requestPersistence(undefined)).status).toBe('unsupported');
  });
});
