import type { InterviewScript } from '../../fakes/gemini/interview-script.ts';

// A short interview for the fault cases: a greeting with the first question, one more question
// and a closing line, answered by typing. Short lines keep each case to a few seconds of audio.

export const SCRIPT: Pick<InterviewScript, 'greeting' | 'questions' | 'closing'> = {
  greeting: 'Hello, and welcome.',
  questions: ['Tell me about the work you do at the moment.', 'How do you make sure your changes are safe to release?'],
  closing: 'Thank you, that is all for today.',
};

export const [Q1, Q2] = SCRIPT.questions as [string, string];
export const GREETING = `${SCRIPT.greeting} ${Q1}`;

// Over 60 words in 2 answers: enough for the report's evidence floor (evidence-floor.ts).
export const ANSWERS = [
  'I build payment services in TypeScript for a small team. Most of my week goes to the checkout API, the refunds worker and reviewing the changes of two newer colleagues on the team.',
  'Unit tests first, then a canary release watched on dashboards. If the error rate or the latency moves, the release rolls back on its own and we look at why.',
] as const;
export const [A1, A2] = ANSWERS;

export type Line = readonly [role: 'interviewer' | 'candidate', text: string];

/** Every line of the interview when each question is answered once and the interviewer closes. */
export const WHOLE_INTERVIEW: readonly Line[] = [
  ['interviewer', GREETING],
  ['candidate', A1],
  ['interviewer', Q2],
  ['candidate', A2],
  ['interviewer', SCRIPT.closing],
];
