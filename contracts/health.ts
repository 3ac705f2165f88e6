// The answer of GET /api/health, read by the setup screen and Settings (web/src/services/api/
// feature-status.ts also reads the first shape, where each feature was a boolean). Each feature
// says whether it works right now and, when it does not, why, from the server's own periodic
// checks of its upstreams.

/** Why a feature is unavailable. */
export type FeatureProblem =
  /** The server has no key for it (GEMINI_API_KEY, TAVUS_API_KEY). */
  | 'not_configured'
  /** The upstream refused the server's key. */
  | 'key_rejected'
  /** The configured Gemini model does not exist (any more) for this key. */
  | 'model_unavailable'
  /** The configured Tavus replica (face) does not exist for this key. */
  | 'replica_unavailable'
  /** The key's quota or rate limit is spent. */
  | 'rate_limited'
  /** No answer: network, DNS or timeout. */
  | 'upstream_unreachable'
  /** An answer we could not use (5xx, unexpected status). */
  | 'upstream_failed';

export type FeatureStatus =
  | { ok: true; checkedAt?: string }
  | {
      ok: false;
      reason: FeatureProblem;
      /** A sentence for the owner: what is wrong and what to set. Never a key. */
      message: string;
      checkedAt?: string;
    };

/** `voiceSample`: the setup's "Hear a sample", made by the Live model, so it works when live does. */
export type FeatureName = 'live' | 'report' | 'prep' | 'avatar' | 'voiceSample';

export type HealthChecks = Record<FeatureName, FeatureStatus>;

export interface HealthBody {
  ok: true;
  version: string;
  features: HealthChecks;
}

/** The status of a feature the server has no key for. */
export function notConfigured(what: string, setting: string): FeatureStatus {
  return { ok: false, reason: 'not_configured', message: `${what} is not configured on this server: set ${setting}.` };
}
