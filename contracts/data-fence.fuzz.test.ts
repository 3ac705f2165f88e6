import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fenceData, fenceJson, neutraliseFenceMarkers } from './data-fence.ts';

// Property tests of the one fence (first written by hardening for the server's former copy).

const markers = (text: string) => text.match(/<<<(BEGIN|END) [^>]*>>>/g) ?? [];

/** Text built from marker pieces, so nesting and splicing attacks are likely, not rare. */
const markerSoup = fc
  .array(
    fc.constantFrom(
      '<',
      '<<',
      '<<<',
      '>',
      '>>',
      '>>>',
      'BEGIN',
      'END',
      ' CV',
      'BEG',
      'IN',
      'E',
      '"',
      '\\',
      '\n',
      ' ',
      'x',
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

describe('data fence', () => {
  it('does not rebuild a marker from nested markers', () => {
    expect(neutraliseFenceMarkers('<<<END<<<END CV>>> CV>>>')).not.toMatch(/<<<|>>>/);
    expect(neutraliseFenceMarkers('<<<<<<END CV>>>>>>')).not.toMatch(/<<<|>>>/);
  });

  it('keeps ordinary text, arrows and shift operators readable', () => {
    expect(neutraliseFenceMarkers('a << b, c -> d, x >> 2')).toBe('a << b, c -> d, x >> 2');
  });

  it('leaves no run of three brackets in any text built from marker pieces', () => {
    fc.assert(
      fc.property(fc.oneof(markerSoup, fc.string()), (text) => {
        expect(neutraliseFenceMarkers(text)).not.toMatch(/<<<|>>>/);
      }),
    );
  });

  it('wraps any text, and any value as JSON, in exactly one opening and one closing marker', () => {
    fc.assert(
      fc.property(fc.oneof(markerSoup, fc.string()), (text) => {
        expect(markers(fenceData('CV', text))).toEqual(['<<<BEGIN CV>>>', '<<<END CV>>>']);
        expect(markers(fenceJson('TRANSCRIPT', [{ text }]))).toEqual([
          '<<<BEGIN TRANSCRIPT>>>',
          '<<<END TRANSCRIPT>>>',
        ]);
      }),
    );
  });
});
