import type { KeptPrepContent, LikelyQuestion, PrepCategory } from '../../../../contracts/prep-schema.ts';

/** Headings for the question groups, in the order the page and the Markdown show them. */
export const PREP_GROUPS: readonly { category: PrepCategory; title: string }[] = [
  { category: 'cv', title: 'About your CV' },
  { category: 'role', title: 'About the role' },
  { category: 'technical', title: 'Technical and domain' },
  { category: 'behavioural', title: 'Behavioural' },
];

// The likely questions in the order an interviewer would take them: the candidate's own story
// first (the CV), then why this role, then knowledge of the field, then past behaviour. The page,
// the Markdown and the practice interview all use this one order, and number the questions
// 1…N across the groups so "question 7" means the same thing everywhere.

export interface NumberedQuestion extends LikelyQuestion {
  n: number;
}

export interface QuestionGroup {
  category: PrepCategory;
  title: string;
  questions: NumberedQuestion[];
}

/** Groups in interview order, empty ones left out; within a group the model's order is kept. */
export function groupQuestions(content: Pick<KeptPrepContent, 'questions'>): QuestionGroup[] {
  let n = 0;
  return PREP_GROUPS.map(({ category, title }) => ({
    category,
    title,
    questions: content.questions.filter((q) => q.category === category).map((q) => ({ ...q, n: ++n })),
  })).filter((group) => group.questions.length > 0);
}

/** The questions alone, in interview order. */
export function questionsInInterviewOrder(content: Pick<KeptPrepContent, 'questions'>): string[] {
  return groupQuestions(content).flatMap((group) => group.questions.map((q) => q.question.trim()));
}
