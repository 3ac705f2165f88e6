// Sentences for a feature the server has switched off: what is off, why, and what the server's
// owner can do about it. The reasons are the server's codes from /api/health.
import type { FeatureName } from '../services/api/feature-status';

const WHAT: Record<FeatureName, string> = {
  live: 'Live interviews are off on this server',
  avatar: 'The video interviewer is off on this server',
  report: 'Written feedback is off on this server',
  voiceSample: 'Voice samples are off on this server',
};

const KEY_VARIABLE: Record<FeatureName, string> = {
  live: 'GEMINI_API_KEY',
  avatar: 'TAVUS_API_KEY',
  report: 'GEMINI_API_KEY',
  voiceSample: 'GEMINI_API_KEY',
};
const MODEL_VARIABLE: Record<FeatureName, string> = {
  live: 'GEMINI_LIVE_MODEL',
  avatar: 'TAVUS_REPLICA_ID',
  report: 'GEMINI_REPORT_MODEL',
  voiceSample: 'GEMINI_LIVE_MODEL',
};

const WHY: Record<string, string> = {
  not_configured: 'it has no key for this service',
  key_rejected: 'the service refused the server’s key',
  model_unavailable: 'the model it is set to use is not available',
  replica_unavailable: 'the video face it is set to use is not available',
  rate_limited: 'the server’s quota with the service is used up for now',
  upstream_unreachable: 'the service could not be reached from the server',
  upstream_failed: 'the service did not answer the server’s check properly',
  unreachable: 'the service could not be reached from the server',
  own_key: 'your own Gemini key works without a server, and this needs one',
};

/** "Live interviews are off on this server: it has no key for this service." */
export function featureOffSentence(name: FeatureName, reason: string): string {
  const why = WHY[reason];
  return why ? `${WHAT[name]}: ${why}.` : `${WHAT[name]}.`;
}

/** What the person who runs the server can change to switch the feature on. */
export function ownerFixSentence(name: FeatureName, reason: string): string {
  if (reason === 'key_rejected')
    return `Replace ${KEY_VARIABLE[name]} with a working key in the server’s environment or .env file, then restart it.`;
  if (reason === 'model_unavailable' || reason === 'replica_unavailable')
    return `Set ${MODEL_VARIABLE[name]} to a current one in the server’s environment or .env file, then restart it.`;
  return `Set ${KEY_VARIABLE[name]} in the server’s environment or .env file, then restart it.`;
}
