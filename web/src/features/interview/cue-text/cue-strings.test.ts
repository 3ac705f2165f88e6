import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../lib/languages';
import { cueStrings, hasCueStrings } from './cue-strings';

describe('cueStrings', () => {
  it.each(LANGUAGES.map((l) => l.code))('has every cue written for %s, the language setup offers', (code) => {
    expect(hasCueStrings(code)).toBe(true);
    const s: Record<string, string> = { ...cueStrings(code) };
    for (const text of Object.values(s)) expect(text.trim().length).toBeGreaterThan(5);
  });

  it('writes each language in its own words, not English', () => {
    const english = cueStrings('en-US');
    for (const { code } of LANGUAGES.filter((l) => !l.code.startsWith('en-'))) {
      const s: Record<string, string> = { ...cueStrings(code) };
      expect(
        Object.keys(s).filter((k) => s[k] === english[k as keyof typeof english]),
        code,
      ).toEqual([]);
    }
  });

  it('shares one entry between variants of a language and falls back to English', () => {
    expect(cueStrings('es-US')).toBe(cueStrings('es-ES'));
    expect(cueStrings('xx-YY')).toBe(cueStrings('en-US'));
  });
});
