// "Practise these questions": hands the room a setup whose interviewer asks the pack's questions
// (lib/prep-practice.ts), the way the setup screen hands over a setup, and notes on the stored
// pack which interview practised it.
import type { InterviewSetup } from '../../lib/interview';
import { practiceSetup } from './prep-practice';
import type { PrepPack } from '../../services/storage/prep-pack';
import type { PrepPackRecord, Store } from '../../services/storage/types';

export type PractiseResult = { ok: true; path: string } | { ok: false; message: string };

export interface PractiseDeps {
  store: Pick<Store, 'putPrepPack'>;
  /** Stores the setup for the room (services/handoff/setup-handoff.ts); throws when storage is refused. */
  save: (id: string, setup: InterviewSetup) => void;
  newId?: () => string;
}

const STORAGE_REFUSED =
  'This browser is not letting Mockingbird start an interview (site data is blocked or full). Allow site data for this site and try again.';

export async function startPractice(
  record: PrepPackRecord,
  pack: PrepPack,
  deps: PractiseDeps,
): Promise<PractiseResult> {
  const id = (deps.newId ?? (() => crypto.randomUUID()))();
  try {
    deps.save(id, practiceSetup(pack));
  } catch {
    return { ok: false, message: STORAGE_REFUSED };
  }
  // Only a link for later; the interview must not wait on it or fail because of it.
  await deps.store.putPrepPack({ ...record, interviewId: id }).catch(() => undefined);
  return { ok: true, path: `/interview/${encodeURIComponent(id)}` };
}
