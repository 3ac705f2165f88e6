import { describe, expect, it } from 'vitest';
import { createLazyDocumentReader, READER_LOAD_FAILED } from './lazy-document-reader';
import { DocumentError, type DocumentReader } from './types';

const file = new File(['My CV'], 'cv.txt', { type: 'text/plain' });
const echo: DocumentReader = { read: async (f) => ({ text: await f.text(), kind: 'text', truncated: false }) };

describe('createLazyDocumentReader', () => {
  it('loads the reader on the first file and reads with it', async () => {
    let loads = 0;
    const reader = createLazyDocumentReader(() => (loads++, Promise.resolve(echo)));
    expect(loads).toBe(0);
    expect((await reader.read(file)).text).toBe('My CV');
    await reader.read(file);
    expect(loads).toBe(1);
  });

  it('says what to do when its code cannot be loaded, and loads again on the next file', async () => {
    let attempt = 0;
    const reader = createLazyDocumentReader(() =>
      ++attempt === 1
        ? Promise.reject(new TypeError('Failed to fetch dynamically imported module'))
        : Promise.resolve(echo),
    );
    const failure = await reader.read(file).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(DocumentError);
    expect(failure).toMatchObject({ code: 'load-failed', message: READER_LOAD_FAILED });
    expect((await reader.read(file)).text).toBe('My CV');
  });
});
