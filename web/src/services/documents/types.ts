// The setup screen's view of reading a CV file on this device. Nothing here uploads anything.

export interface ReadDocument {
  /** Clean text, capped for the interviewer's prompt. */
  text: string;
  kind: 'pdf' | 'text';
  /** Pages in the PDF; undefined for text files. */
  pageCount?: number;
  /** True when the text was cut to the prompt's limit. */
  truncated: boolean;
}

export type DocumentErrorCode =
  | 'empty'
  | 'too-large'
  | 'word-document'
  | 'unsupported-type'
  | 'password'
  | 'no-text'
  | 'corrupt'
  | 'timeout'
  /** The reader's own code could not be loaded (offline, or a new version was deployed). */
  | 'load-failed';

/** A file that cannot be used, with a sentence telling the person what happened and what to do. */
export class DocumentError extends Error {
  constructor(
    readonly code: DocumentErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DocumentError';
  }
}

export interface DocumentReader {
  /** Rejects with DocumentError for a file it cannot use, or AbortError when `signal` aborts. */
  read(file: File, signal?: AbortSignal): Promise<ReadDocument>;
}

/** Reads positioned text out of PDF bytes; the browser one runs pdf.js in a Web Worker. */
export interface PdfTextSource {
  readPages(bytes: Uint8Array, signal: AbortSignal): Promise<import('./text-runs').PageText[]>;
  /** Throws away a stuck engine (after a timeout) so the next file starts fresh. */
  reset(): void;
}
