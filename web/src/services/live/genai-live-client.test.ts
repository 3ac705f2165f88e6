import { describe, expect, it } from 'vitest';
import type { LiveConnectParameters } from '@google/genai';
import type { LiveToken, LiveTokenRequest } from '../api/types';
import { createGenaiLiveClientFactory } from './genai-live-client';
import { createManualClock } from '../../lib/testing/manual-clock';

describe('createGenaiLiveClientFactory', () => {
  it('asks the token server for a token per connection with the interview’s voice, language and length', async () => {
    const requests: LiveTokenRequest[] = [];
    const connects: { token: string; params: LiveConnectParameters }[] = [];
    let n = 0;
    const api = {
      liveToken: (req: LiveTokenRequest): Promise<LiveToken> => {
        requests.push(req);
        return Promise.resolve({
          token: `auth_tokens/${++n}`,
          expiresAt: '',
          model: 'models/live',
          apiVersion: 'v1alpha',
        });
      },
    };
    const factory = createGenaiLiveClientFactory(api, {
      clock: createManualClock(),
      createSdk: (token) => ({
        live: {
          connect: (params) => {
            connects.push({ token: token.token, params });
            return Promise.resolve({ sendRealtimeInput: () => {}, sendToolResponse: () => {}, close: () => {} });
          },
        },
      }),
    });
    const client = factory({
      config: {
        voice: 'Kore',
        languageCode: 'fr-FR',
        systemInstruction: 'Sois bref.',
        tools: [],
        silenceDurationMs: 900,
      },
      durationMinutes: 20,
    });
    await client.connect();
    expect(requests).toEqual([{ voice: 'Kore', languageCode: 'fr-FR', durationMinutes: 20 }]);
    expect(connects[0]?.token).toBe('auth_tokens/1');
    expect(connects[0]?.params.model).toBe('models/live');
    expect(connects[0]?.params.config?.speechConfig?.voiceConfig?.prebuiltVoiceConfig?.voiceName).toBe('Kore');
    // Native audio ignores speechConfig.languageCode: the prompt and the token's lock carry it.
    expect(connects[0]?.params.config?.speechConfig?.languageCode).toBeUndefined();
    client.close();
  });
});
