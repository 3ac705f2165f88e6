// Which API client this browser uses, from its settings: the user's own Gemini key when one is
// saved (a copy of Mockingbird with no server), otherwise the token server at the chosen address
// with the access code.
import { createHttpApiClient } from '../api/http-api-client';
import { createLazyApiClient } from '../api/lazy-api-client';
import type { WatchPagePolicy } from '../api/page-policy-watch';
import type { ApiClient } from '../api/types';
import type { AppSettings } from './types';

export interface ApiClientChoice {
  api: ApiClient;
  /** 'direct' when the key is used; the Settings screen says which is in effect. */
  mode: 'server' | 'direct';
}

export function createApiClientForSettings(
  settings: AppSettings,
  deps: {
    sendBeacon?: (url: string, body: BodyInit) => boolean;
    fetch?: typeof fetch;
    watchPagePolicy?: WatchPagePolicy;
  } = {},
): ApiClientChoice {
  const { geminiKey } = settings;
  if (geminiKey) {
    const api = createLazyApiClient(async () =>
      (await import('../api/direct-gemini-client')).createDirectGeminiApiClient({ apiKey: geminiKey }),
    );
    return { mode: 'direct', api };
  }
  const api = createHttpApiClient({
    baseUrl: settings.serverUrl,
    ...(settings.accessCode ? { accessCode: settings.accessCode } : {}),
    ...(deps.sendBeacon ? { sendBeacon: deps.sendBeacon } : {}),
    ...(deps.fetch ? { fetch: deps.fetch } : {}),
    ...(deps.watchPagePolicy ? { watchPagePolicy: deps.watchPagePolicy } : {}),
  });
  return { mode: 'server', api };
}
