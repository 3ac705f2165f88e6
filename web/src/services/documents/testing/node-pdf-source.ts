// The PDF engine for unit tests: the same pdf.js release, legacy build, running in Node.
import { createRequire } from 'node:module';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { readPdfWith } from '../pdf-pages';
import type { PdfTextSource } from '../types';

// Metrics for the 14 standard fonts, so pdf.js does not warn about fonts it cannot load.
const standardFontDataUrl = createRequire(import.meta.url)
  .resolve('pdfjs-dist/package.json')
  .replace(/package\.json$/, 'standard_fonts/');

export function createNodePdfSource(): PdfTextSource {
  return {
    readPages: (bytes, signal) => readPdfWith(getDocument, bytes, signal, standardFontDataUrl),
    reset: () => undefined,
  };
}
