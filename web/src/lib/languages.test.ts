import { describe, expect, it } from 'vitest';
import { LANGUAGES, matchLanguage } from './languages';

describe('matchLanguage', () => {
  it('prefers an exact match', () => {
    expect(matchLanguage(['en-GB', 'en-US'])).toBe('en-GB');
  });

  it('falls back to the same language in another region', () => {
    expect(matchLanguage(['de-AT'])).toBe('de-DE');
    expect(matchLanguage(['zh-TW'])).toBe('cmn-CN');
  });

  it('uses US English when nothing matches', () => {
    expect(matchLanguage(['xx-YY'])).toBe('en-US');
    expect(matchLanguage([])).toBe('en-US');
  });

  it('lists each code once', () => {
    expect(new Set(LANGUAGES.map((l) => l.code)).size).toBe(LANGUAGES.length);
  });
});
