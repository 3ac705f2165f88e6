// A finished transcript turn as the domain Turn the store keeps: `interrupted` only when the
// candidate cut the interviewer off (the report uses it), `typed` and the voice's measured
// `speech` spans (the speaking stats use them). Display-only fields stay behind.

import type { Turn } from '../../lib/interview';
import type { TranscriptTurn } from './transcript/transcript';

export function toTurn(t: TranscriptTurn): Turn {
  const turn: Turn = { seq: t.seq, role: t.role, text: t.text, startMs: t.startMs, endMs: t.endMs };
  if (t.interrupted) turn.interrupted = true;
  if (t.typed) turn.typed = true;
  if (t.speech) turn.speech = t.speech.map((span) => ({ ...span }));
  return turn;
}
