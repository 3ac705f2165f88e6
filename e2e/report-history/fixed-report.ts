import { ANSWERS, QUESTIONS } from './interview-run.ts';

// The report the fake Gemini writes: real quotes from the typed answers, plus one the candidate
// never said, which the app must drop before storing or showing it.

export const GENUINE_QUOTE = 'I profiled it and added the missing index';
export const INVENTED_QUOTE = 'I have led a team of forty engineers at a bank';

// The calibrated shape (contracts/report-schema.ts): the server derives the overall score from
// the rubric (20 × the average of 4, 4, 3, 4 = 75), whatever the model writes last.
export const DERIVED_OVERALL = '75';

export const FIXED_REPORT = {
  summary:
    'You gave concrete, honest answers and explained your debugging clearly. Give numbers for impact to make them land.',
  rubric: {
    communication: { score: 4, comment: 'Clear and to the point.', quotes: [GENUINE_QUOTE, INVENTED_QUOTE] },
    domainKnowledge: {
      score: 4,
      comment: 'Solid practical knowledge of Python web stacks.',
      quotes: ['Django and FastAPI'],
    },
    structure: { score: 3, comment: 'Good order; the situation could be set up more.', quotes: [ANSWERS[2]] },
    relevance: { score: 4, comment: 'Answers fit a backend role well.', quotes: ['mostly for payments'] },
  },
  strengths: ['Concrete examples from your own work', 'A calm, methodical way of debugging'],
  improvements: [
    {
      point: 'Say what the fix achieved.',
      tryThis: 'After adding the index, the report went from 40 seconds to under one.',
    },
  ],
  perQuestion: [
    {
      questionTurn: 1,
      question: QUESTIONS[0],
      answerTurns: [2],
      score: 4,
      whatWorked: 'A clear introduction.',
      whatWasMissing: 'What you want next.',
      exampleAnswer: 'I build Python services, mostly for payments, and I want [what you want next].',
    },
    {
      questionTurn: 3,
      question: QUESTIONS[1],
      answerTurns: [4],
      score: 2,
      whatWorked: 'Good method.',
      whatWasMissing: 'The result.',
      exampleAnswer: 'I profiled it and added the missing index, and the report went from [before] to [after].',
    },
    {
      questionTurn: 5,
      question: QUESTIONS[2],
      answerTurns: [6],
      score: 3,
      whatWorked: 'Sensible.',
      whatWasMissing: 'How you would know it worked.',
      exampleAnswer: 'I would add monitoring, and I would know it worked when [signal].',
    },
  ],
  recommendation: 'Practise giving measurable results for each story.',
  nextTopics: ['Database indexing', 'Observability'],
  overallScore: 72,
};
