// What a finished turn looks like in the store: the domain Turn, plus `interrupted` when the
// candidate cut the interviewer off (the report uses it). Display-only fields stay behind.

import type { Turn } from '../../lib/interview';
import type { TranscriptTurn } from '../../lib/transcript';

export type StoredTurn = Turn & { interrupted?: true };

export function toStoredTurn(t: TranscriptTurn): StoredTurn {
  const turn: StoredTurn = { seq: t.seq, role: t.role, text: t.text, startMs: t.startMs, endMs: t.endMs };
  if (t.interrupted) turn.interrupted = true;
  return turn;
}
