import { LENGTHS_MINUTES, type InterviewSetup, type LengthMinutes } from '../../lib/interview';
import { questionsInInterviewOrder } from './prep-groups';
import type { PrepPack } from '../../services/storage/prep-pack';

// "Practise these questions": a live interview on the pack's setup whose interviewer works
// through the pack's questions in interview order, with follow-ups. The interviewer's prompt
// (lib/interviewer/prompt.ts) plans about three minutes per main question, so the interview is made long
// enough for every question, and never shorter than the length the candidate chose.

const MINUTES_PER_QUESTION = 3;

export function practiceLength(questionCount: number, chosen: LengthMinutes): LengthMinutes {
  const fits = LENGTHS_MINUTES.find(
    (minutes) => minutes >= chosen && Math.round(minutes / MINUTES_PER_QUESTION) >= questionCount,
  );
  return fits ?? LENGTHS_MINUTES[LENGTHS_MINUTES.length - 1] ?? chosen;
}

export function practiceSetup(pack: PrepPack): InterviewSetup {
  const questions = questionsInInterviewOrder(pack.content).filter(Boolean);
  return {
    ...pack.setup,
    practiceQuestions: questions,
    lengthMinutes: practiceLength(questions.length, pack.setup.lengthMinutes),
  };
}
