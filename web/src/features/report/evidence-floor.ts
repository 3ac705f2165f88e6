// The floor below which a report would be invented rather than judged. Decided in the browser
// from the transcript, before anything is sent to write a report:
// - only answers count, i.e. what the candidate said after an interviewer question (words typed
//   before the first question answer nothing);
// - at least EVIDENCE_FLOOR.answers answers and EVIDENCE_FLOOR.words words across them.
// Two answers is the least that shows more than one moment; sixty words is about twenty seconds
// of speech, roughly one short but real answer. Below the floor the report page shows the
// transcript and the speaking statistics, no scores, and History and its chart leave it out
// (the interview record carries `judgement: 'not_enough_to_judge'`).
import type { Turn } from '../../lib/interview';
import { computeSpeakingStats } from '../../lib/speaking-stats';

export const EVIDENCE_FLOOR = { answers: 2, words: 60 } as const;

export interface Evidence {
  /** Answers to an interviewer question. */
  answers: number;
  /** Words in those answers. */
  words: number;
  enough: boolean;
}

export function measureEvidence(turns: readonly Turn[], languageCode: string): Evidence {
  const answered = computeSpeakingStats(turns, languageCode).answers.filter((row) => row.question !== undefined);
  const words = answered.reduce((sum, row) => sum + row.words, 0);
  return {
    answers: answered.length,
    words,
    enough: answered.length >= EVIDENCE_FLOOR.answers && words >= EVIDENCE_FLOOR.words,
  };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "You gave 1 answer of 14 words. A fair report needs at least 2 answers and 60 words, …" */
export function notEnoughSentence(evidence: Evidence): string {
  const said =
    evidence.answers === 0
      ? 'You did not answer a question'
      : `You gave ${plural(evidence.answers, 'answer', 'answers')} of ${plural(evidence.words, 'word', 'words')} in all`;
  return (
    `${said}. A fair report needs at least ${EVIDENCE_FLOOR.answers} answers and ${EVIDENCE_FLOOR.words} words, so this one has no scores ` +
    'and stays out of your progress chart. Your transcript and speaking statistics are below.'
  );
}
