import { describe, expect, it } from 'vitest';
import { loadMoreOpen, saveMoreOpen } from './more-options';

function memoryStorage() {
  const items = new Map<string, string>();
  return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v) };
}

describe('more options memory', () => {
  it('is closed until opened, and remembers both ways', () => {
    const storage = memoryStorage();
    expect(loadMoreOpen(storage)).toBe(false);
    saveMoreOpen(storage, true);
    expect(loadMoreOpen(storage)).toBe(true);
    saveMoreOpen(storage, false);
    expect(loadMoreOpen(storage)).toBe(false);
  });

  it('falls back to closed when storage refuses', () => {
    const refusing = {
      getItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    expect(() => saveMoreOpen(refusing, true)).not.toThrow();
    expect(loadMoreOpen(refusing)).toBe(false);
  });
});
