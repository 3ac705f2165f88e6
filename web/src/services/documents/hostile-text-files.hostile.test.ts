import { describe, expect, it } from 'vitest';
import { createDocumentReader } from './document-reader';
import { extractPdfText } from './pdf-text';
import type { TextRun } from './text-runs';
import { DocumentError } from './types';

// Text CVs that are not what they seem: UTF-16 from Windows Notepad (every other byte zero),
// binary data named .txt, bidi overrides that make the preview show other letters than the
// interviewer is sent, control characters, a PDF made of thousands of one-letter items.

const reader = createDocumentReader({
  pdf: { readPages: () => Promise.reject(new Error('no PDF here')), reset: () => undefined },
});
const file = (bytes: Uint8Array | string, name = 'cv.txt') =>
  new File([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)], name);

function utf16(text: string, order: 'le' | 'be'): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const [lo, hi] = [text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8];
    bytes.set(order === 'le' ? [lo, hi] : [hi, lo], 2 + i * 2);
  }
  return bytes;
}

async function failureOf(promise: Promise<unknown>): Promise<DocumentError> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof DocumentError)) throw new Error(`expected a DocumentError, got ${String(error)}`);
  return error;
}

describe('a text CV in an unexpected encoding', () => {
  it.each(['le', 'be'] as const)(
    'reads UTF-16 %s with a byte-order mark (Notepad’s “Unicode”) instead of calling it binary',
    async (order) => {
      const result = await reader.read(file(utf16('Zoë Okafor\r\nSenior engineer, 2019–2024', order)));
      expect(result.text).toBe('Zoë Okafor\nSenior engineer, 2019–2024');
    },
  );

  it('refuses UTF-16 whose pairs do not make characters, with the plain-text sentence', async () => {
    const broken = new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]); // a lone high surrogate, then "A"
    expect((await failureOf(reader.read(file(broken)))).code).toBe('unsupported-type');
  });
});

describe('binary data named .txt', () => {
  it('is refused even when it contains no zero byte', async () => {
    const bytes = Uint8Array.from({ length: 5000 }, (_, i) => ((i * 7919 + 13) % 255) + 1);
    const error = await failureOf(reader.read(file(bytes)));
    expect(error.code).toBe('unsupported-type');
    expect(error.message).toContain('does not contain plain text');
  });

  it('still reads real text that ends with a DOS end-of-file mark, and drops the mark', async () => {
    const result = await reader.read(file(`${'Led a team of five engineers. '.repeat(10)}\u001a`));
    expect(result.text).not.toContain('\u001a');
    expect(result.text.startsWith('Led a team')).toBe(true);
  });
});

describe('characters that hide or reorder text', () => {
  it('drops bidi overrides, embeddings and isolates, so the preview shows the letters the interviewer gets', async () => {
    const result = await reader.read(
      file('Title: \u202Erenigne\u202C \u2066Python\u2069 \u202Bx\u202C \u202Dy\u202C \u2067z\u2068w\u2069'),
    );
    expect(result.text).toBe('Title: renigne Python x y zw');
  });

  it('drops terminal controls (bell, escape, delete, C1) and keeps every letter', async () => {
    const prose = 'Built billing services in Go and Python for eight years. '.repeat(10);
    const result = await reader.read(file(`${prose}A\u0001B\u0007C\u001b[31mD\u007fE\u0090F`));
    expect(result.text).toBe(`${prose}ABC[31mDEF`);
  });

  it('keeps right-to-left text itself, and the marks that only nudge punctuation', async () => {
    const result = await reader.read(file('مهندس برمجيات\u200F (٥ سنوات)'));
    expect(result.text).toBe('مهندس برمجيات\u200F (٥ سنوات)');
  });
});

describe('a PDF page made of thousands of one-letter items', () => {
  it('keeps every letter of 20,000 items in rows, in reading order', () => {
    const runs: TextRun[] = Array.from({ length: 20_000 }, (_, i) => ({
      text: 'abcdefghij'[i % 10] ?? '',
      x: 50 + (i % 100) * 5,
      y: 800 - Math.floor(i / 100) * 4,
      width: 5,
      size: 4,
    }));
    const text = extractPdfText([{ width: 600, height: 850, runs }]);
    expect(text.replace(/\s/g, '')).toHaveLength(20_000);
    expect(text.startsWith('abcdefghij')).toBe(true);
  });
});
