import { describe, expect, it } from 'vitest';
import { guard, toStoreError } from './store-errors';
import { StoreError } from './types';

describe('toStoreError', () => {
  it('calls a full disk "quota" and tells the user how to free space', () => {
    const error = toStoreError(new DOMException('full', 'QuotaExceededError'), 'saved');
    expect(error.reason).toBe('quota');
    expect(error.message).toMatch(/storage for this site is full.*could not be saved.*Delete old interviews/);
  });

  it('calls a closed or forbidden database "unavailable"', () => {
    for (const name of ['InvalidStateError', 'SecurityError', 'UnknownError']) {
      expect(toStoreError(new DOMException('x', name), 'read').reason).toBe('unavailable');
    }
  });

  it('recognises errors by name even when they are not DOMExceptions', () => {
    expect(toStoreError({ name: 'QuotaExceededError' }, 'saved').reason).toBe('quota');
  });

  it('calls anything else "unknown" with a sentence, not the raw error', () => {
    const error = toStoreError(new TypeError('x is undefined'), 'saved');
    expect(error.reason).toBe('unknown');
    expect(error.message).not.toMatch(/undefined/);
  });

  it('passes a StoreError through unchanged', () => {
    const original = new StoreError('not-found', 'Gone.');
    expect(toStoreError(original, 'read')).toBe(original);
  });

  it('guard turns a rejection into a StoreError and leaves results alone', async () => {
    await expect(guard('saved', () => Promise.resolve(7))).resolves.toBe(7);
    await expect(
      guard('saved', () => Promise.reject(new DOMException('full', 'QuotaExceededError'))),
    ).rejects.toMatchObject({
      reason: 'quota',
    });
  });
});
