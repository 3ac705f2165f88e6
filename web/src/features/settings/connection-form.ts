// The Settings screen's connection form: server address, access code and own Gemini key. Pure:
// values in, a validated AppSettings or a sentence per field out.
import { checkServerUrl } from '../../services/app-settings/app-settings';
import type { AppSettings } from '../../services/app-settings/types';
import type { FeatureStatus, ServerFeatures } from '../../services/api/feature-status';

const OFF_WORDS: Record<string, string> = {
  not_configured: 'not set up',
  key_rejected: 'key refused',
  model_unavailable: 'model not available',
};

export interface ConnectionErrors {
  serverUrl?: string;
  geminiKey?: string;
}

export type ConnectionCheck = { ok: true; settings: AppSettings } | { ok: false; errors: ConnectionErrors };

/** Gemini API keys are one line of letters, digits, dashes and underscores. */
const KEY_SHAPE = /^[A-Za-z0-9_-]{20,200}$/;

export function validateConnection(values: AppSettings, pageProtocol?: string): ConnectionCheck {
  const errors: ConnectionErrors = {};
  const server = checkServerUrl(values.serverUrl, pageProtocol);
  if (!server.ok) errors.serverUrl = server.message;
  const key = values.geminiKey.trim();
  if (key && !KEY_SHAPE.test(key)) {
    errors.geminiKey =
      'This does not look like a Gemini API key: paste the whole key from Google AI Studio, with no spaces.';
  }
  if (errors.serverUrl || errors.geminiKey) return { ok: false, errors };
  return {
    ok: true,
    settings: { serverUrl: server.ok ? server.value : '', accessCode: values.accessCode.trim(), geminiKey: key },
  };
}

export const SAVE_REFUSED =
  'This browser is not letting Mockingbird save settings (site data is blocked or full). Allow site data for this site and try again.';

export function savedMessage(settings: AppSettings): string {
  const route = settings.geminiKey
    ? 'Interviews and reports will go straight to Gemini with your own key.'
    : settings.serverUrl
      ? `Mockingbird will use the server at ${settings.serverUrl}.`
      : 'Mockingbird will use the server this page came from.';
  return `Saved. ${route}`;
}

/** "Connected. Live interviews: ready. Written reports: ready. Video interviewer: not set up." */
export function describeHealth(features: ServerFeatures): string {
  const state = (feature: FeatureStatus) => (feature.ok ? 'ready' : (OFF_WORDS[feature.reason] ?? 'off'));
  return `Connected. Live interviews: ${state(features.live)}. Written reports: ${state(features.report)}. Video interviewer: ${state(features.avatar)}.`;
}
