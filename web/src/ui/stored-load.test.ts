import { createRoot } from 'solid-js';
import { describe, expect, it } from 'vitest';
import { createStoredLoad, errorOf, readyOf, type StoredOutcome } from './stored-load';

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (err: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('createStoredLoad', () => {
  it('is loading until the read answers, then shows what it found', async () => {
    const read = deferred<StoredOutcome<{ name: string }>>();
    const load = createRoot(() => createStoredLoad('thing', () => read.promise));
    expect(load()).toEqual({ status: 'loading' });
    read.resolve({ status: 'ready', name: 'Ada' });
    await expect.poll(() => load()).toEqual({ status: 'ready', name: 'Ada' });
  });

  it('passes on a missing or unreadable record as its own status', async () => {
    const missing = createRoot(() => createStoredLoad('thing', () => Promise.resolve({ status: 'missing' })));
    const unreadable = createRoot(() => createStoredLoad('thing', () => Promise.resolve({ status: 'unreadable' })));
    await expect.poll(() => missing().status).toBe('missing');
    await expect.poll(() => unreadable().status).toBe('unreadable');
  });

  it('turns a failed read into a sentence naming the thing and what to do, without throwing', async () => {
    const load = createRoot(() =>
      createStoredLoad('preparation pack', () => Promise.reject(new Error('IndexedDB blew up'))),
    );
    await expect.poll(() => load().status).toBe('error');
    expect(load()).toEqual({
      status: 'error',
      message: 'This preparation pack could not be read from this device’s storage. Reload the page to try again.',
    });
  });
});

describe('readyOf and errorOf', () => {
  it('give a page its data or its sentence, and nothing for the other statuses', () => {
    expect(readyOf<{ n: number }>({ status: 'ready', n: 1 })).toEqual({ status: 'ready', n: 1 });
    expect(readyOf<{ n: number }>({ status: 'loading' })).toBeUndefined();
    expect(errorOf<{ n: number }>({ status: 'error', message: 'Reload.' })).toEqual({
      status: 'error',
      message: 'Reload.',
    });
    expect(errorOf<{ n: number }>({ status: 'missing' })).toBeUndefined();
  });
});
