import type { ApiClient } from './types';

/**
 * An ApiClient whose implementation is loaded on first use. The own-key client carries the
 * report and prep schemas; loading it lazily keeps them out of the first screen's JavaScript.
 */
export function createLazyApiClient(load: () => Promise<ApiClient>): ApiClient {
  let loaded: Promise<ApiClient> | undefined;
  const client = () => (loaded ??= load());
  return {
    health: async (...args) => (await client()).health(...args),
    liveToken: async (...args) => (await client()).liveToken(...args),
    createAvatarConversation: async (...args) => (await client()).createAvatarConversation(...args),
    endAvatarConversation: async (...args) => (await client()).endAvatarConversation(...args),
    report: async (...args) => (await client()).report(...args),
    prep: async (...args) => (await client()).prep(...args),
    voiceSample: async (...args) => (await client()).voiceSample(...args),
  };
}
