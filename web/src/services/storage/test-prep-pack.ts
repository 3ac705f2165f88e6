import type { KeptPrepContent } from '../../../../contracts/prep-schema.ts';
import { samplePrepContent } from '../../../../contracts/testing/sample-prep-content.ts';
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
  content: olderPackContent(),
};

/**
 * The shared sample pack (contracts/testing) as a pack made before answer material existed, its
 * questions shuffled out of interview order: behavioural, technical, CV, role, and round again.
 */
function olderPackContent(): KeptPrepContent {
  const {
    introOutline: _outline,
    stories: _stories,
    concepts: _concepts,
    situational: _situational,
    ...content
  } = samplePrepContent;
  const shuffled = [2, 4, 0, 6, 3, 1, 5, 7].map((i) => samplePrepContent.questions[i]).filter((q) => q !== undefined);
  return { ...content, questions: shuffled };
}

/** The questions above in interview order: CV, role, technical, behavioural. */
export const TEST_PACK_ORDER = [
  'Walk me through the ledger migration.',
  'How did you mentor the four engineers?',
  'Why do you want to work on card issuing?',
  'How would you spend your first 90 days?',
  'How do you make a payment idempotent?',
  'When would you not use event sourcing?',
  'Tell me about an incident you led.',
  'Describe a disagreement over a design.',
];
