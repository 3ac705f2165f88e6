// What the fake Gemini answers to POST /api/prep in the prep spec: packs shaped like a real
// model's, long enough to test the printed page count. Their questions are what the spec looks
// for on the page, in the Markdown, in the printed PDF and in the practice interview's prompt.

// Typed by the one schema (contracts/prep-schema.ts), so a fixture cannot drift from what the
// server and the browser accept. The parts the spec checks (focus, questions, strengths, gaps,
// questions to ask) differ from the unit tests' sample on purpose: the page count and the
// practice prompt are checked against these; the rest are the sample's.
import type { PrepContent } from '../../contracts/prep-schema.ts';
import { prepContentWith } from '../../contracts/testing/sample-prep-content.ts';

type Category = PrepContent['questions'][number]['category'];
const q = (category: Category, question: string, whyLikely: string, cvFacts: string[] = []) => ({
  category,
  question,
  whyLikely,
  cvFacts,
});

/** For Amara Okafor's CV (fixtures/pdf/cv-documents.ts) and a senior payments job. */
export const CV_PACK: PrepContent = prepContentWith({
  focus:
    'Whether you can own a payments ledger end to end: reliability, migrations without downtime, and growing the engineers around you.',
  questions: [
    q(
      'behavioural',
      'Tell me about a production incident you led from first alert to post-mortem.',
      'The job lists on-call ownership of the ledger.',
      ['Calm incident response is in your summary'],
    ),
    q(
      'technical',
      'How would you make a card payment idempotent across retries and timeouts?',
      'Idempotency is the core risk in any payment API.',
    ),
    q(
      'cv',
      'Walk me through the migration of the ledger service to event sourcing.',
      'It is the largest project on your CV and the job is on the same kind of system.',
      ['Led the ledger migration to event sourcing', 'Reconciliation went from hours to minutes'],
    ),
    q('role', 'Why do you want to work on card issuing rather than acquiring?', 'The role sits on the issuing team.'),
    q(
      'behavioural',
      'Describe a time you disagreed with a design in a review and how it ended.',
      'You ran a weekly architecture review, so they will probe how you handle conflict.',
      ['Ran the weekly architecture review'],
    ),
    q(
      'cv',
      'How did you help the four engineers you mentored grow?',
      'Mentoring is listed in both your CV and the job description.',
      ['Mentored four engineers'],
    ),
    q(
      'technical',
      'When would event sourcing be the wrong choice for a ledger?',
      'Having used it, you will be asked for its limits.',
    ),
    q(
      'role',
      'What would you look at first in your first ninety days on our ledger?',
      'It is a senior hire expected to set direction.',
    ),
    q(
      'technical',
      'How do you reconcile two ledgers that disagree by a few cents?',
      'Reconciliation is named in the job description.',
      ['Cut reconciliation from hours to minutes'],
    ),
    q(
      'behavioural',
      'Tell me about a time you explained a technical risk to someone outside engineering.',
      'Senior engineers here work closely with finance and compliance.',
    ),
  ],
  strengths: [
    { strength: 'Payments depth', howToShow: 'Open with four years at Lumen Pay and the ledger you owned.' },
    { strength: 'Measurable impact', howToShow: 'Quote reconciliation going from hours to minutes.' },
    {
      strength: 'Mentoring and review culture',
      howToShow: 'Name the weekly architecture review and the four engineers.',
    },
  ],
  gaps: [
    {
      gap: 'No card-issuing experience on your CV',
      angle: 'Show how ledger correctness carries over directly to issuing.',
    },
    { gap: 'No Kotlin, which the job lists', angle: 'Say how quickly you became productive in Go, with one example.' },
    { gap: 'Little on compliance work', angle: 'Describe audit trails event sourcing gave you for free.' },
  ],
  questionsToAsk: [
    'How is on-call shared across the ledger team today?',
    'What would make this hire a clear success after six months?',
    'How are architecture decisions recorded and revisited here?',
  ],
});

/** For a topic alone: no CV questions, no CV facts, and the model gives no "sharpen" advice. */
export const TOPIC_ONLY_PACK: PrepContent = prepContentWith({
  focus: 'How you lead people through change and give feedback.',
  questions: [
    q(
      'behavioural',
      'Tell me about a time you led a team through a difficult change.',
      'Change management is central to leadership roles.',
    ),
    q(
      'behavioural',
      'Describe feedback you gave that was hard to hear.',
      'Feedback is tested in almost every leadership interview.',
    ),
    q(
      'behavioural',
      'Tell me about a decision you made without full information.',
      'Leaders are asked about judgement under uncertainty.',
    ),
    q(
      'role',
      'How would you build trust with a team you have just joined?',
      'New leaders are usually asked about their first weeks.',
    ),
    q('role', 'What does a healthy team look like to you?', 'It shows your leadership philosophy.'),
    q('technical', 'How do you set goals and measure a team’s progress?', 'Goal setting is core leadership knowledge.'),
    q('technical', 'How do you handle persistent under-performance?', 'Performance management is a standard topic.'),
    q('role', 'How do you balance delivery pressure with people’s wellbeing?', 'It tests priorities.'),
  ],
  strengths: [
    { strength: 'Clear examples', howToShow: 'Prepare two stories with numbers.' },
    { strength: 'Listening', howToShow: 'Show how you asked before you decided.' },
    { strength: 'Calm under pressure', howToShow: 'Pick one tense moment and walk through it.' },
  ],
  gaps: [
    { gap: 'Little formal leadership', angle: 'Use informal leadership: projects, mentoring, on-call.' },
    { gap: 'Hiring', angle: 'Talk about interviews you took part in.' },
    { gap: 'Budgets', angle: 'Be honest and show how you would learn.' },
  ],
  questionsToAsk: [
    'How are leaders supported here?',
    'What is the team’s biggest challenge this year?',
    'How is success measured in this role?',
  ],
  sharpenWith: [],
  introOutline: {
    opening: 'Say who you are now in one sentence.',
    points: ['Your most relevant experience', 'One result you are proud of'],
    close: 'Say why this role is your next step.',
  },
  stories: [],
});

export const CV_PACK_QUESTIONS = CV_PACK.questions.map((x) => x.question);

/** The order the app asks them in: CV, role, technical, behavioural (lib/prep-groups.ts). */
export const CV_PACK_INTERVIEW_ORDER = (['cv', 'role', 'technical', 'behavioural'] as const).flatMap((category) =>
  CV_PACK.questions.filter((x) => x.category === category).map((x) => x.question),
);
