import { describe, expect, it } from 'vitest';
import { clearLocalData } from './local-data';
import { memoryStorage } from './testing-storage';

describe('clearLocalData', () => {
  it('removes every Mockingbird key and nothing else', () => {
    const local = memoryStorage({
      'mockingbird:settings:v1': '{}',
      'mockingbird:preferences:v1': '{}',
      'other-app': 'keep',
    });
    const session = memoryStorage({ 'mockingbird:setup:abc': '{}' });
    expect(clearLocalData([() => local, () => session])).toBe(true);
    expect([...local.data.keys()]).toEqual(['other-app']);
    expect(session.data.size).toBe(0);
  });

  it('clears what it can and says when a storage refused', () => {
    const local = memoryStorage({ 'mockingbird:a': '1' });
    const blocked = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    expect(clearLocalData([blocked, () => local, () => undefined])).toBe(false);
    expect(local.data.size).toBe(0);
  });
});
