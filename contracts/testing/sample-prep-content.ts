import type { PrepContent } from '../prep-schema.ts';

// A complete, valid pack for the tests of the schema, the server's route and writer, and the
// browser's own-key client; and, through prepContentWith, the parts of other test packs that
// their tests do not look at.

export const samplePrepContent: PrepContent = {
  focus: 'Reliability of payment services and how you lead a migration.',
  questions: [
    {
      category: 'cv',
      question: 'Walk me through the ledger migration.',
      whyLikely: 'It is the biggest project on your CV.',
      cvFacts: ['Moved the ledger to event sourcing', 'Reconciliation from hours to minutes'],
    },
    {
      category: 'cv',
      question: 'How did you mentor the four engineers?',
      whyLikely: 'The role includes mentoring.',
      cvFacts: ['Mentored four engineers'],
    },
    {
      category: 'behavioural',
      question: 'Tell me about an incident you led.',
      whyLikely: 'The job asks for on-call ownership.',
      cvFacts: [],
    },
    {
      category: 'behavioural',
      question: 'Describe a disagreement over a design.',
      whyLikely: 'You ran the architecture review.',
      cvFacts: ['Ran the weekly architecture review'],
    },
    {
      category: 'technical',
      question: 'How do you make a payment idempotent?',
      whyLikely: 'Payments are the core of the job.',
      cvFacts: [],
    },
    {
      category: 'technical',
      question: 'When would you not use event sourcing?',
      whyLikely: 'It tests judgement beyond your own project.',
      cvFacts: [],
    },
    {
      category: 'role',
      question: 'Why do you want to work on card issuing?',
      whyLikely: 'The job is on the issuing team.',
      cvFacts: [],
    },
    {
      category: 'role',
      question: 'How would you spend your first 90 days?',
      whyLikely: 'It is a senior hire.',
      cvFacts: [],
    },
  ],
  strengths: [
    { strength: 'Calm incident response', howToShow: 'Tell the reconciliation story with its numbers.' },
    { strength: 'Mentoring', howToShow: 'Name what the four engineers went on to do.' },
    { strength: 'Payments domain', howToShow: 'Mention four years at Lumen Pay.' },
  ],
  gaps: [
    { gap: 'No Kotlin on your CV', angle: 'Show how you learnt Go quickly.' },
    { gap: 'No card-issuing experience', angle: 'Connect ledger work to issuing.' },
    { gap: 'Little public speaking', angle: 'Point to the architecture reviews you ran.' },
  ],
  questionsToAsk: [
    'How is on-call shared?',
    'What does success look like in six months?',
    'How are design decisions recorded?',
  ],
  sharpenWith: [],
  introOutline: {
    opening: 'I am a backend engineer who has spent four years on payments at Lumen Pay.',
    points: [
      'Ledger and reconciliation services in Go',
      'Cut the nightly reconciliation time by [how much]',
      'Why card issuing is the next step for me',
    ],
    close: 'That is why this role, building issuing from the ledger up, fits what I want to do next.',
  },
  stories: [
    {
      title: 'The failing reconciliation',
      cvEpisode: 'Lumen Pay: rebuilt the nightly reconciliation',
      situation: 'The nightly reconciliation failed about once a week.',
      task: 'I had to make it reliable without stopping payouts.',
      action: 'I split the job into idempotent chunks and added a replay tool.',
      result: 'Failures dropped to [how often] and the run took [how long].',
      fitsQuestions: ['Tell me about a production incident you led.'],
    },
  ],
  concepts: [
    { concept: 'Idempotency keys', why: 'Payments APIs must survive retries.' },
    { concept: 'Double-entry ledgers', why: 'Issuing builds on them.' },
    { concept: 'Kotlin coroutines', why: 'The team writes Kotlin.' },
  ],
  situational: [
    {
      question: 'What would you do if a release double-charged customers?',
      approach: 'Stop the harm first, then refund, then find the cause, then prevent it.',
    },
    {
      question: 'What would you do if two teams wanted the same ledger change differently?',
      approach: 'Bring both to the data, name the trade-off, decide and record it.',
    },
  ],
};

/** A valid pack that names only the parts its test looks at; the rest are the sample's. */
export function prepContentWith(parts: Partial<PrepContent>): PrepContent {
  return { ...samplePrepContent, ...parts };
}
