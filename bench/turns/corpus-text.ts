// What the candidates and the interviewer say in the turns bench. Each answer is a list of
// clauses spoken in order; a `thinkMs` on a clause is a thinking pause after it (1.2–2.5 s),
// and such a clause ends the way a thinking candidate's does: "and", "so", "because", "um,".

export interface Clause {
  text: string;
  /** A thinking pause after this clause, in ms (mid-answer only). */
  thinkMs?: number;
}

export interface ScriptedAnswer {
  question: string;
  clauses: Clause[];
}

const QUESTIONS = [
  'Tell me about a project you are proud of.',
  'How do you handle a disagreement with a colleague?',
  'Describe a time you fixed a hard bug.',
  'What would you change about your last team?',
];

/** Complete answers, without a thinking pause. */
const PLAIN: string[][] = [
  ['I led the migration of our billing service to the new platform.', 'We finished two weeks early and nothing broke.'],
  ['I listen first, then I ask what problem they are trying to solve.', 'Most of the time we want the same thing.'],
  ['A payment job failed once a week at random.', 'I found a race in the retry code and wrote a test for it.'],
  ['I would write down our decisions.', 'We argued about the same things every quarter.'],
];

/** Answers with a thinking pause after a clause that does not end the thought. */
const THINKING: string[][] = [
  ['I led the migration of our billing service and', 'we finished it two weeks early.'],
  ['I usually start by listening, so', 'I ask them what outcome they need.'],
  ['The hardest one was a memory leak because', 'a cache kept every request it had seen.'],
  ['I would change how we plan, um,', 'we promised too much in every sprint.'],
];

/** Thinking pauses, cycled over the answers that have one: 1.2 to 2.5 s. */
const THINK_MS = [1200, 1500, 1800, 2100, 2500, 1350, 1650, 1950, 2300, 2500, 1200, 2000];

export function scriptedAnswers(): ScriptedAnswer[] {
  const answers: ScriptedAnswer[] = [];
  for (let i = 0; i < QUESTIONS.length; i++) {
    const question = QUESTIONS[i] ?? '';
    answers.push({ question, clauses: (PLAIN[i] ?? []).map((text) => ({ text })) });
    const [before, after] = THINKING[i] ?? [];
    answers.push({ question, clauses: [{ text: before ?? '', thinkMs: 0 }, { text: after ?? '' }] });
  }
  return answers;
}

/** Gives each thinking answer its pause, in the order the corpus speaks them. */
export function assignThinkingPauses(answers: ScriptedAnswer[][]): void {
  let next = 0;
  for (const list of answers)
    for (const answer of list)
      for (const clause of answer.clauses)
        if (clause.thinkMs !== undefined) clause.thinkMs = THINK_MS[next++ % THINK_MS.length];
}
