import type { LiveModelProfile } from '../../../contracts/models/live-profiles.ts';
import type { Conversation } from './conversation.ts';
import type { LiveConnection } from './live-connection.ts';
import { modelNotFoundMessage } from './model-catalog.ts';
import { effectiveSetup, lockedModelConflict } from './locked-setup.ts';
import type { IssuedHandle } from './resumption-handles.ts';
import { asksForText, resumptionHandle, setupModel } from './setup-fields.ts';
import { refusedField } from './setup-rules.ts';
import type { FakeGeminiState } from './state.ts';

// Whether a Live setup may start (or resume) a session, checked in the service's order with
// its close codes: the credential (1008), the model (1008 with the real "not found" reason,
// issue 21 and docs/protocols.md), the token's locked setup, the resumption handle, then the
// fields the model refuses (1007).

export type Admission =
  | {
      ok: true;
      profile: LiveModelProfile;
      effective: Record<string, unknown>;
      resumed?: { conversation: Conversation; from: IssuedHandle };
    }
  | { ok: false; code: number; reason: string };

const refuse = (reason: string, code = 1008): Admission => ({ ok: false, code, reason });
const AUDIO_ONLY = 'Multi-modal output is not supported: this model answers in AUDIO only.';

export function admitSetup(
  state: FakeGeminiState,
  conn: LiveConnection,
  setup: Record<string, unknown>,
  conversations: Conversation[],
): Admission {
  if (state.live.rejectNextConnections > 0) {
    state.live.rejectNextConnections -= 1;
    return refuse('The access token is not valid.');
  }
  const handle = resumptionHandle(setup);
  const owner = handle === undefined ? undefined : conversations.find((c) => c.resumption.has(handle));
  const { credential } = conn;
  if (credential.kind === 'none') return refuse('Method requires an API key or an access token.');
  if (credential.kind === 'key' && credential.key !== state.apiKey)
    return refuse('API key not valid. Please pass a valid API key.');
  let locked: Record<string, unknown> | undefined;
  if (credential.kind === 'token') {
    // Resuming an existing session does not spend one of the token's uses.
    const check = owner ? state.tokens.resumeSession(credential.name) : state.tokens.startSession(credential.name);
    if (!check.ok) return refuse(check.reason);
    locked = check.token?.lockedSetup;
    const conflict = lockedModelConflict(setup, locked);
    if (conflict) return refuse(conflict);
  }
  const effective = effectiveSetup(setup, locked);
  const model = setupModel(effective) ?? '';
  const profile = state.liveProfile(model);
  if (!profile) return refuse(modelNotFoundMessage(model, 'v1alpha', 'bidiGenerateContent'));
  let resumed: { conversation: Conversation; from: IssuedHandle } | undefined;
  if (handle !== undefined) {
    const found = owner?.resumption.lookup(handle, state.live.handleLifetimeMs);
    if (!owner || !found?.ok)
      return refuse(found && !found.ok ? found.reason : 'The session resumption handle is not valid.');
    resumed = { conversation: owner, from: found.issued };
  }
  if (asksForText(effective)) return refuse(AUDIO_ONLY, 1007);
  const refusal = refusedField(profile, effective);
  if (refusal) return refuse(refusal.reason, refusal.code);
  return { ok: true, profile, effective, ...(resumed ? { resumed } : {}) };
}
