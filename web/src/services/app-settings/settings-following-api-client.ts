// An ApiClient that follows the saved settings: each call uses the client for the settings as
// they are now, so a server address, access code or own key saved in Settings applies at once,
// with no page reload. The client is rebuilt only when the settings actually change.
import type { ApiClient } from '../api/types';
import { createApiClientForSettings } from './api-client-for-settings';
import type { AppSettings } from './types';

type Deps = Parameters<typeof createApiClientForSettings>[1];

export function createSettingsFollowingApiClient(loadSettings: () => AppSettings, deps: Deps = {}): ApiClient {
  let built: { key: string; api: ApiClient } | undefined;
  const current = (): ApiClient => {
    const settings = loadSettings();
    const key = JSON.stringify([settings.serverUrl, settings.accessCode, settings.geminiKey]);
    if (built?.key !== key) built = { key, api: createApiClientForSettings(settings, deps).api };
    return built.api;
  };
  return {
    health: (...args) => current().health(...args),
    liveToken: (...args) => current().liveToken(...args),
    createAvatarConversation: (...args) => current().createAvatarConversation(...args),
    endAvatarConversation: (...args) => current().endAvatarConversation(...args),
    report: (...args) => current().report(...args),
    prep: (...args) => current().prep(...args),
    voiceSample: (...args) => current().voiceSample(...args),
  };
}
