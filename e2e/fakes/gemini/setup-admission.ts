import type { Conversation } from './conversation.ts';
import type { LiveConnection } from './live-connection.ts';
import { asksForText, resumptionHandle } from './setup-fields.ts';
import type { FakeGeminiState } from './state.ts';

// Whether a Live setup may start (or resume) a session: the credential, the handle and the
// response modality are checked as the real service does, with its close codes.

export type Admission =
  | { ok: true; conversation?: Conversation }
  | { ok: false; code: number; reason: string };

function refuse(reason: string): Admission {
  return { ok: false, code: 1008, reason };
}

export function admitSetup(state: FakeGeminiState, conn: LiveConnection, setup: Record<string, unknown>, conversations: Conversation[]): Admission {
  if (state.live.rejectNextConnections > 0) {
    state.live.rejectNextConnections -= 1;
    return refuse('The access token is not valid.');
  }
  const handle = resumptionHandle(setup);
  const resumed = handle === undefined ? undefined : conversations.find((c) => c.handles.includes(handle));
  if (handle !== undefined && !resumed) return refuse('The session resumption handle is not valid.');
  const { credential } = conn;
  if (credential.kind === 'none') return refuse('Method requires an API key or an access token.');
  if (credential.kind === 'key' && credential.key !== state.apiKey) return refuse('API key not valid. Please pass a valid API key.');
  if (credential.kind === 'token') {
    // Resuming an existing session does not spend one of the token's uses.
    const check = resumed ? state.tokens.resumeSession(credential.name) : state.tokens.startSession(credential.name);
    if (!check.ok) return refuse(check.reason);
    const locked = check.token?.lockedSetup;
    if (asksForText(locked)) return { ok: false, code: 1007, reason: 'Multi-modal output is not supported: this model answers in AUDIO only.' };
  }
  if (asksForText(setup)) return { ok: false, code: 1007, reason: 'Multi-modal output is not supported: this model answers in AUDIO only.' };
  return { ok: true, conversation: resumed };
}
