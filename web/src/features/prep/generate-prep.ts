// Writes a preparation pack for a setup and keeps it on this device: ask the server (or Gemini
// with the user's own key), check the answer, store it. The prep page only ever reads packs from
// the store, so a pack opens offline once it has been made.
import type { InterviewSetup } from '../../lib/interview';
import { keptPrepContentSchema } from '../../../../contracts/prep-schema.ts';
import { PREP_FORMAT, type PrepPack } from '../../services/storage/prep-pack';
import type { ApiClient } from '../../services/api/types';
import type { Store } from '../../services/storage/types';
import { INVALID_PACK, prepFailure, saveFailure, type PrepFailure } from './prep-errors';
import { buildPrepRequest } from './prep-request';

export type PrepOutcome =
  { ok: true; id: string } | { ok: false; failure: PrepFailure } | { ok: false; cancelled: true };

export interface GeneratePrepDeps {
  api: Pick<ApiClient, 'prep'>;
  store: Pick<Store, 'putPrepPack'>;
  now?: () => number;
  newId?: () => string;
}

function isAbort(err: unknown, signal: AbortSignal): boolean {
  return signal.aborted || (err instanceof DOMException && err.name === 'AbortError');
}

/** The setup a pack remembers: what it was made from, without questions from an earlier pack. */
function packSetup(setup: InterviewSetup): InterviewSetup {
  const { practiceQuestions: _earlier, ...rest } = setup;
  return rest;
}

export async function generatePrepPack(
  deps: GeneratePrepDeps,
  setup: InterviewSetup,
  signal: AbortSignal,
): Promise<PrepOutcome> {
  let answer: unknown;
  try {
    answer = await deps.api.prep(buildPrepRequest(setup), signal);
  } catch (err) {
    return isAbort(err, signal) ? { ok: false, cancelled: true } : { ok: false, failure: prepFailure(err) };
  }
  if (signal.aborted) return { ok: false, cancelled: true };
  const content = keptPrepContentSchema.safeParse(answer);
  if (!content.success) return { ok: false, failure: INVALID_PACK };
  const pack: PrepPack = { format: PREP_FORMAT, version: 1, setup: packSetup(setup), content: content.data };
  const id = (deps.newId ?? (() => crypto.randomUUID()))();
  try {
    await deps.store.putPrepPack({ id, createdAt: (deps.now ?? Date.now)(), pack });
  } catch (err) {
    return { ok: false, failure: saveFailure(err) };
  }
  return { ok: true, id };
}
