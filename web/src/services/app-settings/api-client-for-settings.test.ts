import { describe, expect, it } from 'vitest';
import { createApiClientForSettings } from './api-client-for-settings';

function recordingFetch() {
  const calls: { url: string; headers: Headers }[] = [];
  const fetchFn: typeof fetch = (input, init) => {
    calls.push({ url: input instanceof Request ? input.url : input.toString(), headers: new Headers(init?.headers) });
    return Promise.resolve(
      Response.json({ ok: true, features: { live: true, avatar: true, report: true }, version: '1' }),
    );
  };
  return { calls, fetch: fetchFn };
}

describe('createApiClientForSettings', () => {
  it('talks to the chosen server with the access code', async () => {
    const net = recordingFetch();
    const choice = createApiClientForSettings(
      { serverUrl: 'https://coach.example.com', accessCode: 'open-sesame', geminiKey: '' },
      { fetch: net.fetch },
    );
    expect(choice.mode).toBe('server');
    await choice.api.health();
    expect(net.calls[0]?.url).toBe('https://coach.example.com/api/health');
    expect(net.calls[0]?.headers.get('x-access-code')).toBe('open-sesame');
  });

  it('uses the page’s own server and sends no code when none is set', async () => {
    const net = recordingFetch();
    await createApiClientForSettings(
      { serverUrl: '', accessCode: '', geminiKey: '' },
      { fetch: net.fetch },
    ).api.health();
    expect(net.calls[0]?.url).toBe('/api/health');
    expect(net.calls[0]?.headers.has('x-access-code')).toBe(false);
  });

  it('goes straight to Gemini with the user’s own key and never calls the server', async () => {
    const net = recordingFetch();
    const choice = createApiClientForSettings(
      { serverUrl: 'https://coach.example.com', accessCode: '', geminiKey: 'AIza-own' },
      { fetch: net.fetch },
    );
    expect(choice.mode).toBe('direct');
    await expect(choice.api.liveToken({})).resolves.toMatchObject({ token: 'AIza-own', apiVersion: 'v1alpha' });
    expect(net.calls).toHaveLength(0);
  });
});
