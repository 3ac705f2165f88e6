import type { PrepPack } from './prep-pack';

// A complete pack for unit tests, with questions in every group and deliberately out of
// interview order, so ordering and numbering are really exercised.

export const testPrepPack: PrepPack = {
  format: 'mockingbird-prep',
  version: 1,
  setup: {
    topic: 'Payments backend',
    level: 'Advanced',
    cvText: 'Amara Okafor. Led the ledger migration at Lumen Pay.',
    jobDescription: { title: 'Senior Backend Engineer', text: 'Own the card-issuing ledger.' },
    voice: 'Kore',
    languageCode: 'en-GB',
    lengthMinutes: 20,
    patience: 'normal',
    avatar: false,
  },
  content: {
    focus: 'Reliability of payment services and leading a migration.',
    questions: [
      { category: 'behavioural', question: 'Tell me about an incident you led.', whyLikely: 'The job asks for on-call ownership.', cvFacts: [] },
      { category: 'technical', question: 'How do you make a payment idempotent?', whyLikely: 'Payments are the core of the job.', cvFacts: [] },
      { category: 'cv', question: 'Walk me through the ledger migration.', whyLikely: 'It is the biggest project on your CV.', cvFacts: ['Moved the ledger to event sourcing', 'Reconciliation from hours to minutes'] },
      { category: 'role', question: 'Why card issuing?', whyLikely: 'The job is on the issuing team.', cvFacts: [] },
      { category: 'behavioural', question: 'Describe a disagreement over a design.', whyLikely: 'You ran the architecture review.', cvFacts: ['Ran the weekly architecture review'] },
      { category: 'cv', question: 'How did you mentor four engineers?', whyLikely: 'The role includes mentoring.', cvFacts: ['Mentored four engineers'] },
      { category: 'technical', question: 'When would you not use event sourcing?', whyLikely: 'It tests judgement.', cvFacts: [] },
      { category: 'role', question: 'How would you spend your first 90 days?', whyLikely: 'It is a senior hire.', cvFacts: [] },
    ],
    strengths: [
      { strength: 'Calm incident response', howToShow: 'Tell the reconciliation story with its numbers.' },
      { strength: 'Mentoring', howToShow: 'Say what the four engineers went on to do.' },
      { strength: 'Payments domain', howToShow: 'Mention four years at Lumen Pay.' },
    ],
    gaps: [
      { gap: 'No Kotlin on your CV', angle: 'Show how quickly you learnt Go.' },
      { gap: 'No card-issuing experience', angle: 'Connect ledger work to issuing.' },
      { gap: 'Little public speaking', angle: 'Point to the reviews you ran.' },
    ],
    questionsToAsk: ['How is on-call shared?', 'What does success look like in six months?', 'How are design decisions recorded?'],
    sharpenWith: [],
  },
};

/** The questions above in interview order: CV, role, technical, behavioural. */
export const TEST_PACK_ORDER = [
  'Walk me through the ledger migration.',
  'How did you mentor four engineers?',
  'Why card issuing?',
  'How would you spend your first 90 days?',
  'How do you make a payment idempotent?',
  'When would you not use event sourcing?',
  'Tell me about an incident you led.',
  'Describe a disagreement over a design.',
];
