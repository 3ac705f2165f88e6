import { GoogleGenAI, type LiveConnectConfig } from '@google/genai';
import { FAKE_GEMINI_KEY } from '../fake-gemini.ts';
import { LIVE_MODEL } from './live-probe.ts';

/** Mints an ephemeral token from the fake the way the token server does, with the real SDK. */
export async function mintToken(
  baseUrl: string,
  opts: { uses?: number; newSessionMs?: number; expireMs?: number; model?: string; lock?: LiveConnectConfig } = {},
): Promise<string> {
  const ai = new GoogleGenAI({ apiKey: FAKE_GEMINI_KEY, httpOptions: { apiVersion: 'v1alpha', baseUrl } });
  const token = await ai.authTokens.create({
    config: {
      uses: opts.uses ?? 1,
      expireTime: new Date(Date.now() + (opts.expireMs ?? 40 * 60_000)).toISOString(),
      newSessionExpireTime: new Date(Date.now() + (opts.newSessionMs ?? 60_000)).toISOString(),
      liveConnectConstraints: { model: opts.model ?? LIVE_MODEL, config: opts.lock ?? { responseModalities: [] } },
      lockAdditionalFields: [],
    },
  });
  if (!token.name) throw new Error('The fake Gemini minted a token without a name.');
  return token.name;
}
