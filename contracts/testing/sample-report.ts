import type { Report } from '../report-schema.ts';

// A complete, valid report for the tests of the schema, the server's route and writer.

export const sampleReport: Report = {
  summary: 'You explained your projects clearly.',
  rubric: {
    communication: { score: 4, comment: 'Clear.', quotes: ['I led the migration'] },
    domainKnowledge: { score: 3, comment: 'Solid basics.', quotes: ['we used Postgres'] },
    structure: { score: 3, comment: 'Some STAR.', quotes: ['the result was faster deploys'] },
    relevance: { score: 4, comment: 'On topic.', quotes: ['I led the migration'] },
  },
  strengths: ['Concrete examples'],
  improvements: [{ point: 'Quantify results', tryThis: 'Deploys went from [before] to [after] minutes.' }],
  perQuestion: [
    {
      questionTurn: 2,
      question: 'Tell me about a project.',
      answerTurns: [3],
      score: 4,
      whatWorked: 'A concrete example.',
      whatWasMissing: 'The result in numbers.',
      exampleAnswer: 'I led the migration to Postgres, and deploys went from [before] to [after] minutes.',
    },
  ],
  recommendation: 'Practise system design.',
  nextTopics: ['System design'],
  overallScore: 70,
};
