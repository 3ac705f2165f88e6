import { describe, expect, it } from 'vitest';
import { createSettingsFollowingApiClient } from './settings-following-api-client';
import type { AppSettings } from './types';

describe('createSettingsFollowingApiClient', () => {
  it('uses settings saved after it was built, with no reload', async () => {
    const urls: string[] = [];
    const fetchFn: typeof fetch = (input) => {
      urls.push(input instanceof Request ? input.url : input.toString());
      return Promise.resolve(
        Response.json({ ok: true, features: { live: true, avatar: false, report: true }, version: '1' }),
      );
    };
    let settings: AppSettings = { serverUrl: '', accessCode: '', geminiKey: '' };
    const api = createSettingsFollowingApiClient(() => settings, { fetch: fetchFn });
    await api.health();
    settings = { ...settings, serverUrl: 'https://coach.example.com' };
    await api.health();
    expect(urls).toEqual(['/api/health', 'https://coach.example.com/api/health']);

    settings = { ...settings, geminiKey: 'AIza-own-key-for-the-test' };
    await expect(api.liveToken({})).resolves.toMatchObject({ token: 'AIza-own-key-for-the-test' });
    expect(urls).toHaveLength(2);
  });
});
