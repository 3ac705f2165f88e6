import { describe, expect, it } from 'vitest';
import {
  APP_SETTINGS_KEY,
  checkServerUrl,
  createAppSettingsStore,
  loadAppSettings,
  parseAppSettings,
} from './app-settings';
import { memoryStorage } from './testing-storage';
import { DEFAULT_APP_SETTINGS } from './types';

describe('app settings in localStorage', () => {
  it('remembers the server, access code and key', () => {
    const storage = memoryStorage();
    const store = createAppSettingsStore(() => storage);
    expect(store.save({ serverUrl: 'https://coach.example.com/', accessCode: ' 1234 ', geminiKey: 'AIza-test' })).toBe(
      true,
    );
    expect(store.load()).toEqual({
      serverUrl: 'https://coach.example.com',
      accessCode: '1234',
      geminiKey: 'AIza-test',
    });
    expect(loadAppSettings(() => storage)).toEqual(store.load());
  });

  it('starts from the page’s own server with no code or key', () => {
    expect(loadAppSettings(() => memoryStorage())).toEqual(DEFAULT_APP_SETTINGS);
  });

  it('ignores damaged values and a server address that is not a web address', () => {
    expect(loadAppSettings(() => memoryStorage({ [APP_SETTINGS_KEY]: '{oops' }))).toEqual(DEFAULT_APP_SETTINGS);
    const odd = JSON.stringify({ serverUrl: 'javascript:alert(1)', accessCode: 42, geminiKey: 'k' });
    expect(loadAppSettings(() => memoryStorage({ [APP_SETTINGS_KEY]: odd }))).toEqual({
      serverUrl: '',
      accessCode: '',
      geminiKey: 'k',
    });
    expect(parseAppSettings(null)).toEqual(DEFAULT_APP_SETTINGS);
  });

  it('copes with blocked, missing or full storage without throwing', () => {
    const blocked = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    expect(loadAppSettings(blocked)).toEqual(DEFAULT_APP_SETTINGS);
    expect(createAppSettingsStore(blocked).save(DEFAULT_APP_SETTINGS)).toBe(false);
    expect(createAppSettingsStore(() => undefined).save(DEFAULT_APP_SETTINGS)).toBe(false);
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    expect(createAppSettingsStore(() => full).save(DEFAULT_APP_SETTINGS)).toBe(false);
  });
});

describe('checkServerUrl', () => {
  it('accepts an empty address as this page’s server', () => {
    expect(checkServerUrl('  ')).toEqual({ ok: true, value: '' });
  });

  it('keeps a path prefix but drops the trailing slash, query and fragment', () => {
    expect(checkServerUrl('https://example.com/coach/?x=1#top')).toEqual({
      ok: true,
      value: 'https://example.com/coach',
    });
  });

  it('explains an address that is not a full web address', () => {
    const result = checkServerUrl('example.com');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/full web address/);
    expect(checkServerUrl('ftp://example.com')).toMatchObject({ ok: false });
  });

  it('refuses an http server from an https page unless it is on this computer', () => {
    expect(checkServerUrl('http://example.com', 'https:')).toMatchObject({ ok: false });
    expect(checkServerUrl('http://localhost:8787', 'https:')).toEqual({ ok: true, value: 'http://localhost:8787' });
    expect(checkServerUrl('http://example.com', 'http:')).toEqual({ ok: true, value: 'http://example.com' });
  });
});
