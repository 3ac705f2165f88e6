// What /api/health says about each feature, read tolerantly. The server answers either the
// first shape, `features: { live: true, … }`, or the per-feature shape
// `features: { live: { ok: false, reason: 'not_configured' }, … }`. Both become one
// FeatureStatus, so the screens never look at the wire shape.

export const FEATURE_NAMES = ['live', 'avatar', 'report', 'voiceSample'] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];

/** `reason` is the server's code (not_configured, key_rejected, model_unavailable, …). */
export type FeatureStatus = { ok: true } | { ok: false; reason: string };
export type ServerFeatures = Record<FeatureName, FeatureStatus>;

const OFF_UNKNOWN: FeatureStatus = { ok: false, reason: 'unknown' };

function readOne(value: unknown): FeatureStatus {
  if (value === true) return { ok: true };
  // The first shape only said "off": the one way it could be off was a missing key.
  if (value === false) return { ok: false, reason: 'not_configured' };
  if (typeof value !== 'object' || value === null || !('ok' in value)) return OFF_UNKNOWN;
  if (value.ok === true) return { ok: true };
  const reason = 'reason' in value && typeof value.reason === 'string' && value.reason ? value.reason : 'unknown';
  return { ok: false, reason };
}

/** Every feature the health answer does not describe counts as off. */
export function readServerFeatures(health: unknown): ServerFeatures {
  const features = typeof health === 'object' && health !== null && 'features' in health ? health.features : undefined;
  const field = (name: FeatureName): unknown =>
    typeof features === 'object' && features !== null && name in features
      ? (features as Record<string, unknown>)[name]
      : undefined;
  return {
    live: readOne(field('live')),
    avatar: readOne(field('avatar')),
    report: readOne(field('report')),
    voiceSample: readOne(field('voiceSample')),
  };
}
