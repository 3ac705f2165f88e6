import { isRecord } from '../shared/http.ts';

// The [N] numbers of the transcript as the report prompt shows it (contracts/report-prompt.ts
// writes each turn as `[N] Interviewer: "…"` or `[N] Candidate: "…"`), so the fake report can
// point its per-question entries at real turns the way the model is asked to.

const NUMBERED_TURN = /^\[(\d+)\] (Interviewer|Candidate): "/gm;

export interface NumberedTurn {
  n: number;
  role: 'interviewer' | 'candidate';
}

export function numberedTurns(body: Record<string, unknown>): NumberedTurn[] {
  const contents: unknown[] = Array.isArray(body.contents) ? body.contents : [];
  const text = contents
    .flatMap((c): unknown[] => (isRecord(c) && Array.isArray(c.parts) ? c.parts : []))
    .map((p) => (isRecord(p) && typeof p.text === 'string' ? p.text : ''))
    .join('\n');
  return [...text.matchAll(NUMBERED_TURN)].map((m) => ({
    n: Number(m[1]),
    role: m[2] === 'Candidate' ? 'candidate' : 'interviewer',
  }));
}

/**
 * The interviewer turns the candidate answered, each with the candidate turns up to the next
 * interviewer turn: what a model would name as questionTurn and answerTurns.
 */
export function answeredQuestions(turns: readonly NumberedTurn[]): { questionTurn: number; answerTurns: number[] }[] {
  const out: { questionTurn: number; answerTurns: number[] }[] = [];
  for (const turn of turns) {
    if (turn.role === 'interviewer') out.push({ questionTurn: turn.n, answerTurns: [] });
    else out.at(-1)?.answerTurns.push(turn.n);
  }
  return out.filter((q) => q.answerTurns.length > 0);
}
