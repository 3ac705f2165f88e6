// Ties each per-question note of the report to the transcript: the report names turns by their
// 1-based position in the transcript as the model saw it ([N] Interviewer: …), so the candidate's
// own answer is quoted from the stored turns, never from the model's copy. Numbers that point
// nowhere, or at the wrong speaker, are dropped rather than shown as someone else's words.
import type { Turn } from '../../lib/interview';
import { reportTurns } from './report-request';

/** The report contract's per-question entry (REPORT-CONTRACT.md), as far as this view needs it. */
export interface PerQuestionFeedback {
  questionTurn: number;
  question: string;
  answerTurns: readonly number[];
  score: number | null;
  whatWorked: string;
  whatWasMissing: string;
  exampleAnswer: string;
  /** An older report's one note per question (before what worked / what was missing). */
  legacyNote?: string;
}

export interface QuestionView {
  note: PerQuestionFeedback;
  /** The interviewer's turn that asked it, when the number points at one. */
  questionTurn?: Turn;
  /** The candidate's turns that answer it, in order, verbatim. */
  answers: Turn[];
}

export function questionViews(notes: readonly PerQuestionFeedback[], turns: readonly Turn[]): QuestionView[] {
  const ordered = reportTurns(turns);
  const at = (n: number): Turn | undefined => (Number.isInteger(n) && n >= 1 ? ordered[n - 1] : undefined);
  return notes.map((note) => {
    const asked = at(note.questionTurn);
    const answers = [...new Set(note.answerTurns)]
      .sort((a, b) => a - b)
      .map(at)
      .filter((t): t is Turn => t?.role === 'candidate');
    return { note, ...(asked?.role === 'interviewer' ? { questionTurn: asked } : {}), answers };
  });
}
