import { describe, expect, it } from 'vitest';
import {
  capText,
  cleanDocumentText,
  countWords,
  joinWrappedLine,
  normaliseWhitespace,
  repairLigatures,
} from './text-cleanup';

describe('repairLigatures', () => {
  it('spells out typographic ligatures as plain letters', () => {
    expect(repairLigatures('Eﬃcient workﬂow, ﬁnance oﬀice, baﬄe, ﬅyle')).toBe(
      'Efficient workflow, finance office, baffle, style',
    );
  });
});

describe('joinWrappedLine', () => {
  it('rejoins a word hyphenated at the end of a line', () => {
    expect(joinWrappedLine('gained experi-', 'ence in audits')).toBe('gained experience in audits');
  });

  it('keeps the hyphen of a compound that already had hyphens', () => {
    expect(joinWrappedLine('a state-of-the-', 'art system')).toBe('a state-of-the-art system');
  });

  it('keeps a hyphen followed by a capital, as in a double-barrelled name', () => {
    expect(joinWrappedLine('Zoë Łukasiewicz-', 'Ñúñez')).toBe('Zoë Łukasiewicz- Ñúñez');
  });

  it('drops a soft hyphen at the end of a line', () => {
    expect(joinWrappedLine('proto\u00AD', 'typing')).toBe('prototyping');
  });

  it('joins ordinary wrapped lines with one space', () => {
    expect(joinWrappedLine('built the  ', '  ledger')).toBe('built the ledger');
  });
});

describe('normaliseWhitespace', () => {
  it('composes accents so names compare and display correctly', () => {
    expect(normaliseWhitespace('Zoe\u0308 Nu\u0301n\u0303ez')).toBe('Zoë Núñez');
  });

  it('removes invisible characters and collapses spaces and blank lines', () => {
    expect(normaliseWhitespace('\uFEFFOne\u00A0\u00A0two\t three  \r\n\r\n\r\n\n  Four\u200B ')).toBe(
      'One two three\n\nFour',
    );
  });
});

describe('cleanDocumentText', () => {
  it('repairs ligatures and whitespace together', () => {
    expect(cleanDocumentText('  ﬁrst   line\n\n\n\nsecond  ')).toBe('first line\n\nsecond');
  });
});

describe('capText', () => {
  it('leaves text within the limit untouched', () => {
    expect(capText('short text', 100)).toEqual({ text: 'short text', truncated: false });
  });

  it('cuts at the last paragraph end inside the limit', () => {
    const text = `${'a'.repeat(70)}\n\n${'b'.repeat(70)}`;
    expect(capText(text, 100)).toEqual({ text: 'a'.repeat(70), truncated: true });
  });

  it('cuts after a full sentence when there is no paragraph end', () => {
    const text = `${'Word '.repeat(14)}end. ${'more '.repeat(10)}`;
    const capped = capText(text, 90);
    expect(capped.truncated).toBe(true);
    expect(capped.text.endsWith('end.')).toBe(true);
  });

  it('never returns more than the limit', () => {
    expect(capText('x'.repeat(500), 120).text.length).toBeLessThanOrEqual(120);
  });
});

describe('countWords', () => {
  it('counts runs of non-space characters', () => {
    expect(countWords('  Zoë  Łukasiewicz-Ñúñez\nstaff engineer ')).toBe(4);
    expect(countWords('   ')).toBe(0);
  });
});
