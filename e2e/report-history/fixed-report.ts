import { ANSWERS, QUESTIONS } from './interview-run.ts';

// The report the fake Gemini writes: real quotes from the typed answers, plus one the candidate
// never said, which the app must drop before storing or showing it.

export const GENUINE_QUOTE = 'I profiled it and added the missing index';
export const INVENTED_QUOTE = 'I have led a team of forty engineers at a bank';

export const FIXED_REPORT = {
  overallScore: 72,
  summary: 'You gave concrete, honest answers and explained your debugging clearly. Give numbers for impact to make them land.',
  rubric: {
    communication: { score: 4, comment: 'Clear and to the point.', quotes: [GENUINE_QUOTE, INVENTED_QUOTE] },
    domainKnowledge: { score: 4, comment: 'Solid practical knowledge of Python web stacks.', quotes: ['Django and FastAPI'] },
    structure: { score: 3, comment: 'Good order; the situation could be set up more.', quotes: [ANSWERS[2]] },
    relevance: { score: 4, comment: 'Answers fit a backend role well.', quotes: ['mostly for payments'] },
  },
  strengths: ['Concrete examples from your own work', 'A calm, methodical way of debugging'],
  improvements: [{ point: 'Say what the fix achieved.', tryThis: 'After adding the index, the report went from 40 seconds to under one.' }],
  perQuestion: [
    { question: QUESTIONS[0], note: 'A clear introduction.', score: 4 },
    { question: QUESTIONS[1], note: 'Good method; missing the result.', score: 2 },
    { question: QUESTIONS[2], note: 'Sensible, could go further.', score: 3 },
  ],
  recommendation: 'Practise giving measurable results for each story.',
  nextTopics: ['Database indexing', 'Observability'],
};
