// Turns what pdf.js throws into sentences for the person who chose the file. pdf.js marks its
// errors by `name` (PasswordException, InvalidPDFException, …); anything else counts as damage.
import { corruptFile } from './file-kind';
import { DocumentError } from './types';

export function toDocumentError(error: unknown, fileName: string): unknown {
  if (error instanceof DocumentError) return error;
  if (error instanceof DOMException && error.name === 'AbortError') return error;
  const name = typeof error === 'object' && error !== null && 'name' in error ? error.name : undefined;
  if (name === 'PasswordException') {
    return new DocumentError(
      'password',
      `“${fileName}” is protected by a password, so its text can't be read. Save a copy without the password (for example print it to PDF) and choose that, or paste the text instead.`,
    );
  }
  return corruptFile(fileName);
}

export function noTextLayer(fileName: string): DocumentError {
  return new DocumentError(
    'no-text',
    `“${fileName}” has no text we can read — it looks like a scanned image. Export the CV as PDF from the document you wrote it in, or paste the text instead.`,
  );
}

export function tookTooLong(fileName: string, seconds: number): DocumentError {
  return new DocumentError(
    'timeout',
    `Reading “${fileName}” took longer than ${seconds} seconds, so it was stopped. Try a smaller or simpler PDF, or paste the text instead.`,
  );
}
