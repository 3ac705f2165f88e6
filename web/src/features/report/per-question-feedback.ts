// Reads a per-question note of either report shape: the contract's (REPORT-CONTRACT.md: turn
// numbers, what worked, what was missing, an example answer) and the older one (a question, one
// note and a score), so reports stored before the change still show what they have.
import type { PerQuestionFeedback } from './question-answers';

const field = (note: object, key: string): unknown => Reflect.get(note, key);
const text = (note: object, key: string): string => {
  const value = field(note, key);
  return typeof value === 'string' ? value : '';
};
const turnNumbers = (value: unknown): number[] =>
  Array.isArray(value) ? value.filter((n): n is number => Number.isInteger(n)) : [];

export function feedbackOf(note: { question: string; score: number | null }): PerQuestionFeedback {
  const questionTurn = field(note, 'questionTurn');
  const legacyNote = text(note, 'note');
  return {
    questionTurn: typeof questionTurn === 'number' ? questionTurn : 0,
    question: note.question,
    answerTurns: turnNumbers(field(note, 'answerTurns')),
    score: note.score,
    whatWorked: text(note, 'whatWorked'),
    whatWasMissing: text(note, 'whatWasMissing'),
    exampleAnswer: text(note, 'exampleAnswer'),
    ...(legacyNote ? { legacyNote } : {}),
  };
}
