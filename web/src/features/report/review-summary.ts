// What the short review before the next interview says will be asked: the kind of interview, the
// questions it is built around when there are some, and what the interviewer will know.
import type { InterviewSetup } from '../../lib/interview';

export interface ReviewSummary {
  /** One sentence: length, level and topic. */
  headline: string;
  /** Questions the interviewer will work through, in order; empty for an open interview. */
  questions: readonly string[];
  /** What the interviewer is given besides the topic. */
  context: string;
}

function contextSentence(setup: InterviewSetup): string {
  const parts = [setup.cvText ? 'your CV' : '', setup.jobDescription ? 'the job description' : ''].filter(Boolean);
  const known =
    parts.length > 0
      ? `The interviewer has ${parts.join(' and ')}, as before.`
      : 'The interviewer has only the topic and level: no CV or job description.';
  return setup.record ? `${known} Both voices will be recorded on this device only.` : known;
}

export function reviewSummary(setup: InterviewSetup, kind: 'again' | 'drill'): ReviewSummary {
  const questions = setup.practiceQuestions ?? [];
  const headline =
    kind === 'drill'
      ? `A ${setup.lengthMinutes}-minute drill at ${setup.level} level on one question you found hard.`
      : `A ${setup.lengthMinutes}-minute ${setup.level} interview on “${setup.topic}”${questions.length > 0 ? ', working through these questions' : ', with new questions'}.`;
  return { headline, questions, context: contextSentence(setup) };
}
