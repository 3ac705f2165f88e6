import { describe, expect, it } from 'vitest';
import { countWords, tokenize } from './speaking-stats-words';

describe('tokenize', () => {
  it('keeps contractions and hyphenated words whole and straightens curly apostrophes', () => {
    expect(tokenize('I don’t use well-known tools.').map((t) => t.word)).toEqual([
      'i',
      "don't",
      'use',
      'well-known',
      'tools',
    ]);
  });

  it('records the commas and sentence ends around each word', () => {
    const tokens = tokenize('So, like, it failed. Then');
    expect(tokens.map((t) => [t.word, t.before, t.after])).toEqual([
      ['so', 'sentence', 'comma'],
      ['like', 'comma', 'comma'],
      ['it', 'comma', 'none'],
      ['failed', 'none', 'sentence'],
      ['then', 'sentence', 'sentence'],
    ]);
  });

  it('treats a dash between spaces as a pause', () => {
    expect(tokenize('it was - like - fine')[2]).toMatchObject({ word: 'like', before: 'comma', after: 'comma' });
  });
});

describe('countWords', () => {
  it('counts runs of letters and digits, not punctuation', () => {
    expect(countWords("Well — I'd say 3 things, maybe 4!", 'en-US')).toBe(7);
    expect(countWords('  ', 'en-US')).toBe(0);
  });

  it('counts accented words as single words', () => {
    expect(countWords("C'est déjà très compliqué", 'fr-FR')).toBe(4);
  });

  it('segments Japanese instead of counting a sentence as one word', () => {
    expect(countWords('私はエンジニアです', 'ja-JP')).toBeGreaterThan(1);
  });
});
