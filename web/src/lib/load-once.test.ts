import { describe, expect, it } from 'vitest';
import { loadOnce } from './load-once';

describe('loadOnce', () => {
  it('loads once for every caller', async () => {
    let loads = 0;
    const get = loadOnce(() => Promise.resolve(++loads));
    expect(await Promise.all([get(), get()])).toEqual([1, 1]);
    expect(await get()).toBe(1);
    expect(loads).toBe(1);
  });

  it('tries again after a failed load', async () => {
    let attempt = 0;
    const get = loadOnce(() => {
      attempt++;
      return attempt === 1 ? Promise.reject(new Error('offline')) : Promise.resolve('loaded');
    });
    await expect(get()).rejects.toThrow('offline');
    expect(await get()).toBe('loaded');
  });
});
