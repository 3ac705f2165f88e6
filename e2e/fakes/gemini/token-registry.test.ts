import { describe, expect, it } from 'vitest';
import { TokenRegistry } from './token-registry.ts';

const now = Date.parse('2026-01-01T00:00:00Z');
const iso = (ms: number): string => new Date(now + ms).toISOString();

describe('TokenRegistry', () => {
  it('lets a single-use token start exactly one session', () => {
    const tokens = new TokenRegistry();
    const token = tokens.mint({ uses: 1, expireTime: iso(60_000), newSessionExpireTime: iso(30_000) }, now);
    if (typeof token === 'string') throw new Error(token);
    expect(tokens.startSession(token.name, now).ok).toBe(true);
    expect(tokens.startSession(token.name, now)).toEqual({ ok: false, reason: 'The access token has no uses left.' });
  });

  it('lets a spent token resume until it expires, but not start a new session', () => {
    const tokens = new TokenRegistry();
    const token = tokens.mint({ uses: 1, expireTime: iso(60_000), newSessionExpireTime: iso(30_000) }, now);
    if (typeof token === 'string') throw new Error(token);
    tokens.startSession(token.name, now);
    expect(tokens.resumeSession(token.name, now + 50_000).ok).toBe(true);
    expect(tokens.resumeSession(token.name, now + 60_000).ok).toBe(false);
  });

  it('refuses new sessions after newSessionExpireTime', () => {
    const tokens = new TokenRegistry();
    const token = tokens.mint({ uses: 0, newSessionExpireTime: iso(1000) }, now);
    if (typeof token === 'string') throw new Error(token);
    expect(tokens.startSession(token.name, now + 999).ok).toBe(true);
    expect(tokens.startSession(token.name, now + 1000).ok).toBe(false);
  });

  it('applies the documented defaults: one use, 30 minutes, 60 seconds for new sessions', () => {
    const token = new TokenRegistry().mint({}, now);
    if (typeof token === 'string') throw new Error(token);
    expect(token).toMatchObject({ uses: 1, expireTime: now + 30 * 60_000, newSessionExpireTime: now + 60_000 });
  });

  it('rejects lifetimes over 20 hours and malformed times', () => {
    const tokens = new TokenRegistry();
    expect(tokens.mint({ expireTime: iso(21 * 3600_000) }, now)).toMatch(/20 hours/);
    expect(tokens.mint({ expireTime: 'tomorrow' }, now)).toMatch(/RFC 3339/);
    expect(tokens.minted).toHaveLength(0);
  });

  const speechSetup = {
    model: 'models/gemini-3.8-live',
    generationConfig: {
      responseModalities: ['AUDIO'],
      speechConfig: { voiceConfig: { prebuiltVoiceConfig: { voiceName: 'Kore' } }, languageCode: 'de-DE' },
    },
  };

  it('records the locked setup and the paths its field mask locks', () => {
    const token = new TokenRegistry().mint(
      {
        bidiGenerateContentSetup: speechSetup,
        fieldMask: 'model,generationConfig.responseModalities,generationConfig.speechConfig',
      },
      now,
    );
    if (typeof token === 'string') throw new Error(token);
    expect(token.lockedSetup).toEqual(speechSetup);
    expect(token.lockedPaths).toEqual([
      'model',
      'generationConfig.responseModalities',
      'generationConfig.speechConfig',
    ]);
  });

  it('refuses a field mask that locks part of speechConfig (the partial-mask trap, read harshly)', () => {
    const mask = 'model,generationConfig.speechConfig.voiceConfig.prebuiltVoiceConfig.voiceName';
    expect(new TokenRegistry().mint({ bidiGenerateContentSetup: speechSetup, fieldMask: mask }, now)).toMatch(
      /lock generationConfig.speechConfig as a whole/,
    );
  });

  it('refuses a field mask path the setup does not have', () => {
    expect(
      new TokenRegistry().mint(
        { bidiGenerateContentSetup: { model: 'models/m' }, fieldMask: 'model,generationConfig.speechConfig' },
        now,
      ),
    ).toMatch(/no such field/);
  });
});
