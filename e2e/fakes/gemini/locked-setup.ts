import { isRecord } from '../shared/http.ts';

// An ephemeral token's locked setup (`bidiGenerateContentSetup`, recorded by the token
// registry) against the setup the client sends. The locked values take effect whatever the
// client says ("Additional fields to lock in the effective LiveConnectParameters", SDK docs of
// CreateAuthTokenConfig); for the model the fake takes the harsher reading and refuses a
// setup that names a different one, since the token was minted for one model only.

/** The client's setup with every locked field (at any depth) replaced by the token's value. */
export function effectiveSetup(
  client: Record<string, unknown>,
  locked: Record<string, unknown> | undefined,
): Record<string, unknown> {
  if (!locked) return client;
  const merged: Record<string, unknown> = { ...client };
  for (const [key, value] of Object.entries(locked)) {
    const mine = merged[key];
    merged[key] = isRecord(value) && isRecord(mine) ? effectiveSetup(mine, value) : value;
  }
  return merged;
}

const bare = (model: unknown): string | undefined =>
  typeof model === 'string' && model !== '' ? model.replace(/^models\//, '') : undefined;

/** A sentence when the client's model differs from the one its token is locked to. */
export function lockedModelConflict(
  client: Record<string, unknown>,
  locked: Record<string, unknown> | undefined,
): string | undefined {
  const lockedModel = bare(locked?.model);
  const asked = bare(client.model);
  if (!lockedModel || !asked || lockedModel === asked) return undefined;
  return `The access token is constrained to models/${lockedModel}; the setup asked for models/${asked}.`;
}
