import type { Report } from '../report-schema.ts';

// A complete, valid report for the tests of the schema, the server's route and writer.

export const sampleReport: Report = {
  overallScore: 72,
  summary: 'You explained your projects clearly.',
  rubric: {
    communication: { score: 4, comment: 'Clear.', quotes: ['I led the migration'] },
    domainKnowledge: { score: 3, comment: 'Solid basics.', quotes: ['we used Postgres'] },
    structure: { score: 3, comment: 'Some STAR.', quotes: ['the result was faster deploys'] },
    relevance: { score: 4, comment: 'On topic.', quotes: ['I led the migration'] },
  },
  strengths: ['Concrete examples'],
  improvements: [{ point: 'Quantify results', tryThis: 'Deploys went from 40 to 5 minutes.' }],
  perQuestion: [{ question: 'Tell me about a project.', note: 'Good example.', score: 4 }],
  recommendation: 'Practise system design.',
  nextTopics: ['System design'],
};
