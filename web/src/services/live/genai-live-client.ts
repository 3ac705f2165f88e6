// The real LiveClient: Gemini Live through @google/genai, resumed across connections.

import type { ApiClient, LiveToken } from '../api/types';
import { systemClock, type Clock } from '../../lib/clock';
import { makeGenaiOpener, type LiveSdk } from './genai-connection';
import type { LiveSessionConfig } from './live-config';
import { createResilientLiveClient, type ResilientLiveOptions } from './resumption';
import type { LiveClient, LiveClientFactory } from './types';

export interface GenaiLiveClientOptions {
  /** POST /api/live/token through the ApiClient; called once per connection (tokens are single-use). */
  getToken: () => Promise<LiveToken>;
  config: LiveSessionConfig;
  clock?: Clock;
  connectTimeoutMs?: number;
  createSdk?: (token: LiveToken) => LiveSdk | Promise<LiveSdk>;
  resilience?: Partial<Omit<ResilientLiveOptions, 'getToken' | 'open' | 'clock'>>;
}

export function createGenaiLiveClient(opts: GenaiLiveClientOptions): LiveClient {
  const clock = opts.clock ?? systemClock;
  const open = makeGenaiOpener({
    config: opts.config,
    clock,
    ...(opts.connectTimeoutMs !== undefined ? { connectTimeoutMs: opts.connectTimeoutMs } : {}),
    ...(opts.createSdk ? { createSdk: opts.createSdk } : {}),
  });
  const manualActivity = opts.config.manualActivity ?? false;
  return createResilientLiveClient({ ...opts.resilience, getToken: opts.getToken, open, clock, manualActivity });
}

/** The app's LiveClientFactory: every connection gets its own token from the token server. */
export function createGenaiLiveClientFactory(
  api: Pick<ApiClient, 'liveToken'>,
  opts: Pick<GenaiLiveClientOptions, 'clock' | 'connectTimeoutMs' | 'resilience' | 'createSdk'> = {},
): LiveClientFactory {
  return ({ config, durationMinutes, nudgeText }) =>
    createGenaiLiveClient({
      ...opts,
      ...(nudgeText ? { resilience: { ...opts.resilience, nudgeText } } : {}),
      config,
      getToken: () =>
        api.liveToken({
          voice: config.voice,
          languageCode: config.languageCode,
          durationMinutes,
          ...(config.manualActivity ? { manualActivity: true } : {}),
        }),
    });
}
