import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defuse, fenced, FENCE_CLOSE, FENCE_OPEN } from './data-fence.ts';

const count = (text: string, marker: string) => text.split(marker).length - 1;

/** Text built from marker pieces, so nesting and splicing attacks are likely, not rare. */
const markerSoup = fc
  .array(fc.constantFrom('<', '<<', '<<<', '>', '>>', '>>>', 'DATA', 'DA', 'TA', 'D', '"', '\\', '\n', ' ', 'x'), { maxLength: 40 })
  .map((parts) => parts.join(''));

describe('data fence', () => {
  it('does not rebuild an opening marker from nested markers', () => {
    expect(defuse('<<<DA<<<DATATA')).not.toContain(FENCE_OPEN);
    expect(defuse('<<<<<<DATADATA')).not.toContain(FENCE_OPEN);
  });

  it('does not rebuild a closing marker from nested markers', () => {
    expect(defuse('DATDATA>>>A>>>')).not.toContain(FENCE_CLOSE);
    expect(defuse('DATA>>>>>>>>>')).not.toContain(FENCE_CLOSE);
  });

  it('keeps ordinary text, arrows and shift operators readable', () => {
    expect(defuse('a << b, c -> d, x >> 2')).toBe('a << b, c -> d, x >> 2');
  });

  it('leaves no marker in any text built from marker pieces', () => {
    fc.assert(
      fc.property(fc.oneof(markerSoup, fc.string()), (text) => {
        const out = defuse(text);
        expect(count(out, FENCE_OPEN) + count(out, FENCE_CLOSE)).toBe(0);
        expect(out).not.toMatch(/<<<|>>>/);
      }),
    );
  });

  it('wraps any value in exactly one opening and one closing marker', () => {
    fc.assert(
      fc.property(fc.oneof(markerSoup, fc.string()), (text) => {
        const block = fenced('CV', { text });
        expect(count(block, FENCE_OPEN)).toBe(1);
        expect(count(block, FENCE_CLOSE)).toBe(1);
      }),
    );
  });
});
