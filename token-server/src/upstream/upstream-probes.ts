import type { FeatureProblem, FeatureStatus } from '../../../contracts/health.ts';

// Cheap read-only calls that tell whether an upstream will serve us: the key works and the
// configured model (or Tavus face) exists. They cost nothing and create nothing.
// - Gemini: `GET {base}/v1beta/models/{model}` answers the model's metadata, 404 NOT_FOUND for
//   a model that is gone, 400 INVALID_ARGUMENT "API key not valid" for a bad key and 403
//   PERMISSION_DENIED for a key without access (ai.google.dev/api/models#method:-models.get;
//   protocols.md "A model that is gone").
// - Tavus: `GET {base}/v2/replicas/{replica_id}` (docs.tavus.io/api-reference/phoenix-replica-
//   model/get-replica); 401 `{"message":"Invalid access token"}` for a bad key (protocols.md).
//   The status for an unknown replica is not documented: any 400 or 404 counts as unknown.

export const GOOGLE_API_BASE = 'https://generativelanguage.googleapis.com';

export type Probe = (deadline: AbortSignal) => Promise<FeatureStatus>;

export interface GeminiModelProbeOptions {
  apiKey: string;
  baseUrl?: string;
  model: string;
  /** Names the setting in messages, e.g. GEMINI_LIVE_MODEL. */
  setting: string;
  fetch?: typeof fetch;
}

export function geminiModelProbe(opts: GeminiModelProbeOptions): Probe {
  const url = `${opts.baseUrl ?? GOOGLE_API_BASE}/v1beta/models/${encodeURIComponent(opts.model)}`;
  return async (deadline) => {
    const res = await get(opts.fetch, url, { 'x-goog-api-key': opts.apiKey }, deadline);
    if (res instanceof Error) return unreachable('Gemini');
    if (res.ok) return { ok: true };
    const text = await res.text().catch(() => '');
    if (res.status === 404) {
      return problem(
        'model_unavailable',
        `Gemini has no model ${opts.model} for this key: set ${opts.setting} to a current model.`,
      );
    }
    if (res.status === 401 || res.status === 403 || (res.status === 400 && /api.?key/i.test(text)))
      return keyRejected('Gemini', 'GEMINI_API_KEY');
    if (res.status === 429)
      return problem('rate_limited', 'The Gemini key has used up its quota or rate limit: wait, or raise the quota.');
    return problem(
      'upstream_failed',
      `Gemini answered HTTP ${res.status} when asked about ${opts.model}: try again later.`,
    );
  };
}

export interface TavusReplicaProbeOptions {
  apiKey: string;
  baseUrl: string;
  replicaId: string;
  fetch?: typeof fetch;
}

export function tavusReplicaProbe(opts: TavusReplicaProbeOptions): Probe {
  const url = `${opts.baseUrl}/v2/replicas/${encodeURIComponent(opts.replicaId)}`;
  return async (deadline) => {
    const res = await get(opts.fetch, url, { 'x-api-key': opts.apiKey }, deadline);
    if (res instanceof Error) return unreachable('Tavus');
    await res.body?.cancel();
    if (res.ok) return { ok: true };
    if (res.status === 401 || res.status === 403) return keyRejected('Tavus', 'TAVUS_API_KEY');
    if (res.status === 400 || res.status === 404) {
      return problem(
        'replica_unavailable',
        `Tavus has no replica ${opts.replicaId} for this key: set TAVUS_REPLICA_ID to one of your replicas.`,
      );
    }
    if (res.status === 429) return problem('rate_limited', 'The Tavus key has reached its rate limit: wait a minute.');
    return problem('upstream_failed', `Tavus answered HTTP ${res.status}: try again later.`);
  };
}

async function get(
  fetchImpl: typeof fetch | undefined,
  url: string,
  headers: Record<string, string>,
  deadline: AbortSignal,
): Promise<Response | Error> {
  try {
    return await (fetchImpl ?? fetch)(url, { method: 'GET', headers, signal: deadline });
  } catch (err) {
    return err instanceof Error ? err : new Error(String(err));
  }
}

function problem(reason: FeatureProblem, message: string): FeatureStatus {
  return { ok: false, reason, message };
}

function keyRejected(service: string, setting: string): FeatureStatus {
  return problem('key_rejected', `${service} refused the server's key: check ${setting}.`);
}

function unreachable(service: string): FeatureStatus {
  return problem(
    'upstream_unreachable',
    `${service} could not be reached from the server: check its network, then wait for the next check.`,
  );
}
