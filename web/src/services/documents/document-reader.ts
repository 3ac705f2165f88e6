// Reads a CV file chosen on the setup screen: PDF through a PdfTextSource, TXT/MD directly.
// Every failure is a DocumentError with a sentence for the person; a stuck PDF is stopped after
// a timeout so the page stays usable.
import { capText, cleanDocumentText, countWords, CV_MAX_CHARS } from '../../lib/text-cleanup';
import { classifyFile } from './file-kind';
import { noTextLayer, toDocumentError, tookTooLong } from './pdf-errors';
import { extractPdfText } from './pdf-text';
import { decodeTextFile } from './text-decoding';
import { DocumentError, type DocumentReader, type PdfTextSource, type ReadDocument } from './types';

export interface DocumentReaderOptions {
  pdf: PdfTextSource;
  /** A PDF still unread after this long is abandoned. 20 s is far beyond any CV (≈ 0.1 s). */
  timeoutMs?: number;
  maxChars?: number;
}

function abortPromise(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    const fail = () => reject(new DOMException('Reading the file was cancelled.', 'AbortError'));
    if (signal.aborted) fail();
    else signal.addEventListener('abort', fail, { once: true });
  });
}

export function createDocumentReader(opts: DocumentReaderOptions): DocumentReader {
  const timeoutMs = opts.timeoutMs ?? 20_000;
  const maxChars = opts.maxChars ?? CV_MAX_CHARS;

  async function readPdf(file: File, signal: AbortSignal | undefined): Promise<{ text: string; pageCount: number }> {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const stop = new AbortController();
    const forward = () => stop.abort();
    signal?.addEventListener('abort', forward, { once: true });
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        // Reject first, so the race reports the timeout rather than the abort it causes.
        reject(tookTooLong(file.name, Math.round(timeoutMs / 1000)));
        stop.abort();
        opts.pdf.reset();
      }, timeoutMs);
    });
    try {
      const pages = await Promise.race([opts.pdf.readPages(bytes, stop.signal), timeout, abortPromise(stop.signal)]);
      const text = extractPdfText(pages);
      if (countWords(text) === 0) throw noTextLayer(file.name);
      return { text, pageCount: pages.length };
    } catch (error) {
      throw toDocumentError(error, file.name);
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', forward);
    }
  }

  return {
    async read(file, signal) {
      const head = new Uint8Array(await file.slice(0, 1024).arrayBuffer());
      const kind = classifyFile(file, head);
      if (kind === 'pdf') {
        const { text, pageCount } = await readPdf(file, signal);
        return { ...capText(text, maxChars), kind, pageCount } satisfies ReadDocument;
      }
      const text = cleanDocumentText(decodeTextFile(new Uint8Array(await file.arrayBuffer()), file.name));
      if (!text)
        throw new DocumentError(
          'empty',
          `“${file.name}” contains no text. Choose the file again, or paste the text instead.`,
        );
      return { ...capText(text, maxChars), kind };
    },
  };
}
