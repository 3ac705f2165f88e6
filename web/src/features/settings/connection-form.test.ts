import { describe, expect, it } from 'vitest';
import { savedMessage, validateConnection } from './connection-form';

const KEY = 'AIzaSyA-1234567890abcdefghijk';

describe('validateConnection', () => {
  it('tidies valid values', () => {
    expect(
      validateConnection({ serverUrl: ' https://coach.example.com/ ', accessCode: ' 42 ', geminiKey: ` ${KEY} ` }),
    ).toEqual({
      ok: true,
      settings: { serverUrl: 'https://coach.example.com', accessCode: '42', geminiKey: KEY },
    });
  });

  it('accepts empty fields: this page’s server, no code, no key', () => {
    expect(validateConnection({ serverUrl: '', accessCode: '', geminiKey: '' })).toEqual({
      ok: true,
      settings: { serverUrl: '', accessCode: '', geminiKey: '' },
    });
  });

  it('explains a bad server address and a pasted key with spaces in it', () => {
    const result = validateConnection({ serverUrl: 'coach.example.com', accessCode: '', geminiKey: 'AIza Sy 123' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.serverUrl).toMatch(/full web address/);
    expect(!result.ok && result.errors.geminiKey).toMatch(/does not look like a Gemini API key/);
  });

  it('refuses an http server from an https page', () => {
    expect(
      validateConnection({ serverUrl: 'http://coach.example.com', accessCode: '', geminiKey: '' }, 'https:').ok,
    ).toBe(false);
  });
});

describe('savedMessage', () => {
  it('says which way interviews will go, with no reload to ask for', () => {
    expect(savedMessage({ serverUrl: '', accessCode: '', geminiKey: KEY })).toMatch(
      /straight to Gemini with your own key\.$/,
    );
    expect(savedMessage({ serverUrl: 'https://a.example', accessCode: '', geminiKey: '' })).toContain(
      'server at https://a.example',
    );
    expect(savedMessage({ serverUrl: '', accessCode: '', geminiKey: '' })).toContain('the server this page came from');
  });
});

describe('describeHealth', () => {
  it('lists what the server can do', async () => {
    const { describeHealth } = await import('./connection-form');
    expect(
      describeHealth({
        live: { ok: true },
        report: { ok: false, reason: 'not_configured' },
        avatar: { ok: false, reason: 'key_rejected' },
        voiceSample: { ok: true },
      }),
    ).toBe('Connected. Live interviews: ready. Written reports: not set up. Video interviewer: key refused.');
  });
});
