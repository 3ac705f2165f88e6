// What the fake interviewer says, and what it "hears" the candidate say.

export interface InterviewScript {
  greeting: string;
  /** Asked in order; the first follows the greeting in the same utterance. */
  questions: string[];
  /** Input transcriptions for the candidate's turns, by index; missing ones read "(candidate answer N)". */
  candidateAnswers: string[];
  closing: string;
  /** Arguments of the `end_interview` call that follows the closing line. */
  endInterviewArgs: Record<string, unknown>;
}

export const DEFAULT_SCRIPT: InterviewScript = {
  greeting: 'Hello, and welcome. Thanks for making the time today.',
  questions: [
    'To start, could you tell me a little about yourself and your recent work?',
    'Describe a technical problem you solved recently and how you approached it.',
    'What would you do differently if you faced that problem again?',
  ],
  candidateAnswers: [],
  closing: 'Thank you, that is all my questions. I will now write up your feedback.',
  endInterviewArgs: { reason: 'completed' },
};

/** The fake's one function; the product declares it in the Live setup's tools. */
export const END_INTERVIEW = 'end_interview';

export type Utterance = { kind: 'question'; index: number; text: string } | { kind: 'closing'; text: string };

export function questionUtterance(script: InterviewScript, index: number): Utterance {
  const question = script.questions[index] ?? '';
  const text = index === 0 ? `${script.greeting} ${question}`.trim() : question;
  return { kind: 'question', index, text };
}

export function candidateAnswer(script: InterviewScript, turnIndex: number): string {
  return script.candidateAnswers[turnIndex] ?? `(candidate answer ${turnIndex + 1})`;
}

/**
 * Splits text into transcription fragments of a few words each, keeping the whitespace so that
 * the fragments joined together give back exactly the text (as the real service's fragments do).
 */
export function transcriptFragments(text: string, wordsPerFragment = 2): string[] {
  const words = text.match(/\s*\S+/g) ?? [];
  const fragments: string[] = [];
  for (let i = 0; i < words.length; i += wordsPerFragment)
    fragments.push(words.slice(i, i + wordsPerFragment).join(''));
  return fragments;
}
