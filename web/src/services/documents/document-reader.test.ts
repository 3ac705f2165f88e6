import { describe, expect, it } from 'vitest';
import { SINGLE_COLUMN_CV, longDocument, singleColumnCv } from '../../../../e2e/fixtures/pdf/cv-documents';
import {
  DOCX_MIME,
  corruptedPdf,
  docxBytes,
  passwordProtectedPdf,
  scannedPdf,
} from '../../../../e2e/fixtures/pdf/bad-documents';
import { createDocumentReader } from './document-reader';
import { MAX_FILE_BYTES } from './file-kind';
import { createNodePdfSource } from './testing/node-pdf-source';
import { DocumentError, type PdfTextSource } from './types';

const reader = createDocumentReader({ pdf: createNodePdfSource() });
// Copy into a fresh ArrayBuffer: File wants ArrayBuffer-backed bytes, generators may return any.
const file = (bytes: Uint8Array | string, name: string, type = '') =>
  new File([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)], name, { type });

async function failureOf(promise: Promise<unknown>): Promise<DocumentError> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof DocumentError)) throw new Error(`expected a DocumentError, got ${String(error)}`);
  return error;
}

describe('createDocumentReader', () => {
  it('reads a PDF CV with its page count', async () => {
    const result = await reader.read(file(await singleColumnCv(), 'cv.pdf', 'application/pdf'));
    expect(result).toMatchObject({ kind: 'pdf', pageCount: 1, truncated: false });
    expect(result.text).toContain(SINGLE_COLUMN_CV.summary);
  });

  it('reads TXT and Markdown directly, cleaning whitespace and ligatures', async () => {
    const txt = await reader.read(
      file('  Zoë  Łukasiewicz-Ñúñez\r\n\r\n\r\nEﬃcient   engineer ', 'cv.txt', 'text/plain'),
    );
    expect(txt).toEqual({ kind: 'text', text: 'Zoë Łukasiewicz-Ñúñez\n\nEfficient engineer', truncated: false });
    const md = await reader.read(file('# Amara\n\n- Python', 'cv.md'));
    expect(md.text).toBe('# Amara\n\n- Python');
  });

  it('reads a text file saved in Windows-1252', async () => {
    const result = await reader.read(
      file(new Uint8Array([0x5a, 0x6f, 0xeb, 0x20, 0xd1, 0xfa, 0xf1, 0x65, 0x7a]), 'cv.txt'),
    );
    expect(result.text).toBe('Zoë Ñúñez');
  });

  it('caps a long document at the prompt limit and says so', async () => {
    const result = await reader.read(file(await longDocument(20), 'report.pdf'));
    expect(result.truncated).toBe(true);
    expect(result.pageCount).toBe(20);
    expect(result.text.length).toBeLessThanOrEqual(12_000);
  });

  it('asks for a PDF instead of a Word document', async () => {
    const error = await failureOf(reader.read(file(docxBytes(), 'cv.docx', DOCX_MIME)));
    expect(error.code).toBe('word-document');
    expect(error.message).toMatch(/save it as PDF/i);
  });

  it('refuses other file types, naming the ones it reads', async () => {
    const error = await failureOf(
      reader.read(file(new Uint8Array([0x89, 0x50, 0x4e, 0x47]), 'photo.png', 'image/png')),
    );
    expect(error.code).toBe('unsupported-type');
    expect(error.message).toContain('PDF, TXT or Markdown');
  });

  it('explains that a password-protected PDF cannot be read', async () => {
    const error = await failureOf(reader.read(file(await passwordProtectedPdf(), 'locked.pdf')));
    expect(error.code).toBe('password');
    expect(error.message).toContain('password');
  });

  it('explains that a scanned PDF has no text layer', async () => {
    const error = await failureOf(reader.read(file(await scannedPdf(), 'scan.pdf')));
    expect(error.code).toBe('no-text');
    expect(error.message).toContain('scanned');
  });

  it('reports a damaged PDF, and a file that only claims to be one', async () => {
    expect((await failureOf(reader.read(file(await corruptedPdf(), 'broken.pdf')))).code).toBe('corrupt');
    expect((await failureOf(reader.read(file('just some words', 'fake.pdf', 'application/pdf')))).code).toBe('corrupt');
  });

  it('states the size limit for a file that is too large', async () => {
    const error = await failureOf(reader.read(file(new Uint8Array(MAX_FILE_BYTES + 1), 'huge.pdf')));
    expect(error.code).toBe('too-large');
    expect(error.message).toContain('10 MB');
  });

  it('reports an empty file, and a text file with only spaces', async () => {
    expect((await failureOf(reader.read(file(new Uint8Array(0), 'cv.pdf')))).code).toBe('empty');
    expect((await failureOf(reader.read(file('  \n\n ', 'cv.txt')))).code).toBe('empty');
  });

  it('stops a PDF that takes too long and resets the engine', async () => {
    let resets = 0;
    const stuck: PdfTextSource = { readPages: () => new Promise(() => undefined), reset: () => void (resets += 1) };
    const slowReader = createDocumentReader({ pdf: stuck, timeoutMs: 30 });
    const error = await failureOf(slowReader.read(file(await singleColumnCv(), 'slow.pdf')));
    expect(error.code).toBe('timeout');
    expect(resets).toBe(1);
  });

  it('gives up at once when the caller aborts', async () => {
    const stuck: PdfTextSource = { readPages: () => new Promise(() => undefined), reset: () => undefined };
    const controller = new AbortController();
    const reading = createDocumentReader({ pdf: stuck }).read(
      file(await singleColumnCv(), 'cv.pdf'),
      controller.signal,
    );
    setTimeout(() => controller.abort(), 10);
    await expect(reading).rejects.toMatchObject({ name: 'AbortError' });
  });
});
