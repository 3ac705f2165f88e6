import { describe, expect, it } from 'vitest';
import { createSampleCache } from './sample-cache.ts';

const bytes = (n: number) => Promise.resolve(new Uint8Array([n]));

describe('createSampleCache', () => {
  it('keeps at most its bound, letting the least recently used go first', async () => {
    const cache = createSampleCache(2);
    const made: string[] = [];
    const get = (key: string) => cache.get(key, () => (made.push(key), bytes(made.length)));
    await get('a');
    await get('b');
    await get('a'); // a is now the latest used
    await get('c'); // b goes
    expect(cache.size).toBe(2);
    await get('a');
    await get('b');
    expect(made).toEqual(['a', 'b', 'c', 'b']);
  });

  it('shares one sample being made with everyone who asks meanwhile', async () => {
    const cache = createSampleCache();
    let calls = 0;
    const make = () => (
      calls++,
      new Promise<Uint8Array>((resolve) => setTimeout(() => resolve(new Uint8Array([1])), 10))
    );
    const [x, y] = await Promise.all([cache.get('k', make), cache.get('k', make)]);
    expect(x).toBe(y);
    expect(calls).toBe(1);
  });
});
