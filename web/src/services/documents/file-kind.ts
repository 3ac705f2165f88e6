// Decides from a file's name, type and first bytes whether it is a PDF, plain text, or something
// to refuse with a helpful message.
import { DocumentError } from './types';

/**
 * Largest file accepted: 10 MB. A text CV is well under 1 MB; 10 MB leaves room for designed PDFs
 * with photos while keeping the time and memory pdf.js needs small on a phone.
 */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

export type FileKind = 'pdf' | 'text';

const WORD_EXTENSIONS = ['docx', 'doc', 'odt', 'rtf', 'pages', 'wpd'];
const TEXT_EXTENSIONS = ['txt', 'md', 'markdown', 'text'];

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

function startsWithPdfHeader(head: Uint8Array): boolean {
  // pdf.js accepts a header anywhere in the first kilobyte; so do we.
  const text = new TextDecoder('latin1').decode(head.subarray(0, 1024));
  return text.includes('%PDF-');
}

export function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Throws DocumentError for files that cannot be read; `head` is the file's first bytes. */
export function classifyFile(file: { name: string; type: string; size: number }, head: Uint8Array): FileKind {
  const name = file.name || 'The file';
  const ext = extensionOf(file.name);
  if (file.size === 0)
    throw new DocumentError(
      'empty',
      `“${name}” is empty (0 bytes). Choose the file again, or a different copy of your CV.`,
    );
  if (file.size > MAX_FILE_BYTES) {
    throw new DocumentError(
      'too-large',
      `“${name}” is ${formatMegabytes(file.size)}; the limit is 10 MB. Choose a smaller file, for example one exported without photos.`,
    );
  }
  if (WORD_EXTENSIONS.includes(ext) || file.type.includes('wordprocessingml') || file.type === 'application/msword') {
    throw new DocumentError(
      'word-document',
      `“${name}” is a word-processor document, which can't be read here. Save it as PDF (File › Save as › PDF) and choose the PDF, or paste the text instead.`,
    );
  }
  if (ext === 'pdf' || file.type === 'application/pdf' || startsWithPdfHeader(head)) {
    if (!startsWithPdfHeader(head)) throw corruptFile(name);
    return 'pdf';
  }
  if (TEXT_EXTENSIONS.includes(ext) || file.type === 'text/plain' || file.type === 'text/markdown') return 'text';
  throw new DocumentError(
    'unsupported-type',
    `“${name}” is not a PDF, TXT or Markdown file. Choose your CV saved as PDF, TXT or MD, or paste the text instead.`,
  );
}

export function corruptFile(name: string): DocumentError {
  return new DocumentError(
    'corrupt',
    `“${name}” could not be read: the file looks damaged or is not really a PDF. Export it again and choose the new copy, or paste the text instead.`,
  );
}
