import type { Config } from './config.ts';
import type { Log } from './http/error-response.ts';
import { createGeminiPrepWriter, type PrepWriter } from './prep/gemini-prep-writer.ts';
import type { AvatarService } from './routes/avatar.ts';
import { memorySharedStore, type SharedStore } from './shared-store.ts';
import { createGemini, type LiveTokenMinter, type ReportWriter } from './upstream/gemini.ts';
import { createTavus } from './upstream/tavus.ts';
import { geminiModelProbe, tavusReplicaProbe } from './upstream/upstream-probes.ts';
import type { FeatureProbes } from './health/feature-health.ts';
import { createGeminiVoiceSampler, type VoiceSampler } from './voice-sample/gemini-voice-sampler.ts';
import { chooseLiveModel, chooseTextModel } from '../../contracts/models/model-choice.ts';

// Builds the real upstream clients from the configuration. Kept apart from index.ts so that
// file stays a short list of side effects; nothing here reads the environment.

/** Each end call gets this long; shutdown waits for all of them together. */
export const END_DEADLINE_MS = 10_000;

export interface Services {
  live?: LiveTokenMinter;
  report?: ReportWriter;
  prep?: PrepWriter;
  avatar?: AvatarService;
  voiceSample?: VoiceSampler;
}

export function buildServices(config: Config, log: Log, shared: SharedStore = memorySharedStore()): Services {
  const services: Services = {};
  const { gemini, tavus } = config;
  if (gemini.apiKey) {
    const client = createGemini({ ...gemini, apiKey: gemini.apiKey });
    services.live = client.live;
    services.report = client.report;
    services.voiceSample = createGeminiVoiceSampler({
      apiKey: gemini.apiKey,
      baseUrl: gemini.baseUrl,
      liveModel: gemini.liveModel,
    });
    services.prep = createGeminiPrepWriter({
      apiKey: gemini.apiKey,
      baseUrl: gemini.baseUrl,
      model: gemini.reportModel,
    });
  }
  if (tavus.apiKey) {
    const upstream = createTavus({ ...tavus, apiKey: tavus.apiKey });
    const registry = shared.conversationRegistry({
      endConversation: (id) => upstream.endConversation(id, AbortSignal.timeout(END_DEADLINE_MS)),
      log,
    });
    services.avatar = { upstream, registry };
  }
  return services;
}

/** What the periodic health check asks each configured upstream (health/feature-health.ts). */
export function buildProbes(config: Config): FeatureProbes {
  const { gemini, tavus } = config;
  const probes: FeatureProbes = {};
  if (gemini.apiKey) {
    const key = { apiKey: gemini.apiKey, baseUrl: gemini.baseUrl };
    probes.live = geminiModelProbe({ ...key, model: gemini.liveModel, setting: 'GEMINI_LIVE_MODEL' });
    probes.text = geminiModelProbe({ ...key, model: gemini.reportModel, setting: 'GEMINI_REPORT_MODEL' });
  }
  if (tavus.apiKey)
    probes.avatar = tavusReplicaProbe({ apiKey: tavus.apiKey, baseUrl: tavus.baseUrl, replicaId: tavus.replicaId });
  return probes;
}

/** One line each for a configured model that is untested, superseded or shut down. */
export function modelWarnings(gemini: Pick<Config['gemini'], 'liveModel' | 'reportModel'>): string[] {
  return [chooseLiveModel(gemini.liveModel).warning, chooseTextModel(gemini.reportModel).warning].filter(
    (w): w is string => Boolean(w),
  );
}

export interface StartupFacts {
  url: string;
  version: string;
  services: Services;
  config: Pick<Config, 'accessCode' | 'allowedOrigins' | 'rateLimitPerMinute' | 'trustProxy' | 'redisUrl'> & {
    gemini: { baseUrl?: string };
  };
  /** Where the SPA is served from, or undefined when it has not been built. */
  webDir?: string;
}

/** The one line printed at startup: where to go and what is switched on. Never a secret. */
export function startupLine(facts: StartupFacts): string {
  const onOff = (on: boolean) => (on ? 'on' : 'off');
  const { services, config } = facts;
  const parts = [
    `live interviews ${onOff(Boolean(services.live))}`,
    `reports ${onOff(Boolean(services.report))}`,
    `avatar ${onOff(Boolean(services.avatar))}`,
    `access code ${config.accessCode ? 'required' : 'not required'}`,
    `origins ${config.allowedOrigins.length > 0 ? config.allowedOrigins.join(' ') : 'same origin only'}`,
    `${config.rateLimitPerMinute}/min per client${config.trustProxy ? ' (behind proxy)' : ''}`,
    config.redisUrl ? 'limits and conversations shared in Redis' : undefined,
    config.gemini.baseUrl ? `Gemini at ${config.gemini.baseUrl}` : undefined,
    facts.webDir ? `web app from ${facts.webDir}` : 'web app not built (API only)',
  ];
  return `Mockingbird ${facts.version} on ${facts.url} (${parts.filter(Boolean).join(', ')})`;
}

/** A URL people can click, also for wildcard and IPv6 hosts. */
export function displayUrl(host: string, port: number): string {
  const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return `http://${shown}:${port}`;
}
