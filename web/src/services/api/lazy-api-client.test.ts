import { describe, expect, it } from 'vitest';
import { createLazyApiClient } from './lazy-api-client';
import type { ApiClient } from './types';

describe('createLazyApiClient', () => {
  it('loads the implementation once, on the first call, and forwards arguments', async () => {
    let loads = 0;
    const seen: unknown[] = [];
    const real = {
      liveToken: (req: unknown) => (seen.push(req), Promise.resolve({ token: 't' })),
      health: () => Promise.resolve({ ok: true }),
    } as unknown as ApiClient;
    const api = createLazyApiClient(() => (loads++, Promise.resolve(real)));
    expect(loads).toBe(0);
    await expect(api.liveToken({ voice: 'Kore' })).resolves.toEqual({ token: 't' });
    await api.health();
    expect(loads).toBe(1);
    expect(seen).toEqual([{ voice: 'Kore' }]);
  });

  it('passes a loading failure to the caller', async () => {
    const api = createLazyApiClient(() => Promise.reject(new Error('chunk failed to load')));
    await expect(api.health()).rejects.toThrow('chunk failed to load');
  });
});
