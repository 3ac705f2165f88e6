// Turns the bytes of a .txt or .md CV into text, or refuses them with a sentence.
import { strayControlShare } from '../../lib/hidden-controls';
import { DocumentError } from './types';

/**
 * Above this share of control characters a "text" file is binary data with a text name (a
 * renamed image, an archive). Real text has none, or a stray DOS end-of-file mark; random bytes
 * have about one in eight.
 */
const MAX_CONTROL_SHARE = 0.01;

function notPlainText(fileName: string): DocumentError {
  return new DocumentError(
    'unsupported-type',
    `“${fileName}” does not contain plain text. Choose your CV saved as PDF, TXT or MD, or paste the text instead.`,
  );
}

/**
 * Windows Notepad's "Unicode" is UTF-16 with a byte-order mark; its every other byte is zero, so
 * it must be recognised before zero bytes are taken as a sign of binary data.
 */
function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

function decode(bytes: Uint8Array, fileName: string): string {
  const utf16 = utf16Encoding(bytes);
  if (utf16) {
    try {
      return new TextDecoder(utf16, { fatal: true }).decode(bytes);
    } catch {
      throw notPlainText(fileName);
    }
  }
  if (bytes.includes(0)) throw notPlainText(fileName);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Older editors on Windows save text as Windows-1252 rather than UTF-8.
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

export function decodeTextFile(bytes: Uint8Array, fileName: string): string {
  const text = decode(bytes, fileName);
  if (strayControlShare(text) > MAX_CONTROL_SHARE) throw notPlainText(fileName);
  return text;
}
