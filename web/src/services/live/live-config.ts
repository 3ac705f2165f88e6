// The Live session's setup, built from the interview's choices for the model the token names,
// through the model profile table both the server and the browser read
// (contracts/models/live-setup.ts). Only fields the model accepts are sent: refused ones would
// fail the setup, and ignored ones (silenceDurationMs on 3.x, languageCode on native audio)
// would only pretend to work. Field names follow LiveConnectConfig in @google/genai 3.1.0; the
// SDK maps them to the wire's setup message.

// Type-only imports: the SDK itself is loaded lazily (genai-connection.ts), so this file must
// not pull its runtime enums into the first chunk. The string values are the enums' own.
import type { LiveConnectConfig } from '@google/genai';
import { findLiveProfile, untestedLiveProfile } from '../../../../contracts/models/live-profiles.ts';
import { buildLiveSetup, type LiveSetupConfig } from '../../../../contracts/models/live-setup.ts';
import type { LiveSessionConfig } from './types';

export type { LiveSessionConfig } from './types';

/**
 * `model` is the token's (with or without `models/`); `handle` resumes an earlier session, and
 * without it a new session starts. sessionResumption is always present, even empty, because
 * only then does the server send resumption handles.
 */
export function buildLiveConnectConfig(config: LiveSessionConfig, model: string, handle?: string): LiveConnectConfig {
  const profile = findLiveProfile(model) ?? untestedLiveProfile(model.replace(/^models\//, ''));
  const { config: setup, ineffective } = buildLiveSetup(profile, {
    voice: config.voice,
    languageCode: config.languageCode,
    systemInstruction: config.systemInstruction,
    tools: config.tools,
    transcriptions: true,
    resumption: handle ? { handle } : {},
    // Without compression an audio session ends after ~15 minutes; the sliding window drops the
    // oldest turns instead (the app keeps its own full transcript).
    compression: true,
    silenceDurationMs: config.silenceDurationMs,
    ...(config.manualActivity ? { manualActivity: true } : {}),
  });
  return toSdkConfig(withoutIneffective(setup, ineffective));
}

function withoutIneffective(setup: LiveSetupConfig, ineffective: string[]): LiveSetupConfig {
  const kept = { ...setup };
  // With manual activity realtimeInputConfig holds `disabled: true`, which must stay.
  const silenceOnly =
    kept.realtimeInputConfig && 'silenceDurationMs' in kept.realtimeInputConfig.automaticActivityDetection;
  if (ineffective.includes('silenceDurationMs') && silenceOnly) delete kept.realtimeInputConfig;
  if (ineffective.includes('languageCode') && kept.speechConfig) {
    const { languageCode: _ignored, ...speech } = kept.speechConfig;
    kept.speechConfig = speech;
  }
  return kept;
}

/** The table's setup is LiveConnectConfig's shape with plain strings where the SDK has enums. */
function toSdkConfig(setup: LiveSetupConfig): LiveConnectConfig {
  return setup as unknown as LiveConnectConfig;
}
