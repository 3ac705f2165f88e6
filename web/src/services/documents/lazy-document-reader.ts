// A DocumentReader whose code (pdf.js glue, text layout) loads when the first file is read, so
// the setup screen shows without it. A failed load is a DocumentError the candidate can act on.
import { loadOnce } from '../../lib/load-once';
import { DocumentError, type DocumentReader } from './types';

export const READER_LOAD_FAILED =
  'Mockingbird could not load the part of the app that reads files. Check your connection and choose the file again, or paste your CV as text.';

export function createLazyDocumentReader(load: () => Promise<DocumentReader>): DocumentReader {
  const reader = loadOnce(load);
  return {
    async read(file, signal) {
      const real = await reader().catch(() => {
        throw new DocumentError('load-failed', READER_LOAD_FAILED);
      });
      return real.read(file, signal);
    },
  };
}
