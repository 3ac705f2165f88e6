// The interviewer's questions so far, from its turns, for the text that continues a lost session:
// the new session has no memory, and without the list it asks the same questions again.

import type { Turn } from '../../lib/interview';

/** Question marks of the supported scripts: Latin, full-width (CJK) and Arabic. */
const QUESTION_END = /[?？؟]\s*$/;
const SENTENCE = /[^.!?。！？؟]*[.!?。！？؟]+|[^.!?。！？؟]+$/g;

/** The last question in one interviewer turn, or undefined when it asked none. */
export function lastQuestion(text: string): string | undefined {
  const sentences = text.match(SENTENCE) ?? [];
  return sentences
    .map((s) => s.trim())
    .filter((s) => QUESTION_END.test(s))
    .at(-1);
}

/** Each question once, in the order asked, at most `max` of the newest. */
export function questionsAsked(turns: readonly Pick<Turn, 'role' | 'text'>[], max = 15): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const t of turns) {
    if (t.role !== 'interviewer') continue;
    const q = lastQuestion(t.text);
    if (!q || seen.has(q)) continue;
    seen.add(q);
    out.push(q);
  }
  return out.slice(-max);
}
