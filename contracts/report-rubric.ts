// The report's scale, written once for the prompt and the schema: what each rubric criterion
// judges (only what a transcript can show: no "confidence", no accent), an anchor for each score
// where 3 means "meets the bar for this level", and the rule that derives the overall score.

export const RUBRIC_KEYS = ['communication', 'domainKnowledge', 'structure', 'relevance'] as const;
export type RubricKey = (typeof RUBRIC_KEYS)[number];

export interface Criterion {
  /** What the criterion judges, as the schema describes it. */
  judges: string;
  /** Anchors for scores 1 to 5, in order. */
  anchors: readonly [string, string, string, string, string];
}

export const CRITERIA: Readonly<Record<RubricKey, Criterion>> = {
  communication: {
    judges:
      'How clearly the answers get their point across: the point first, an order a listener can follow, concise, terms explained. Not grammar, accent or fluency unless meaning is lost.',
    anchors: [
      'the point is hard to find in most answers',
      'the point comes through only after long detours, or key parts stay unclear',
      'meets the bar for this level: answers are understandable and mostly direct',
      'clear and concise, with the main point up front',
      'consistently crisp and well ordered, adapted to each question',
    ],
  },
  domainKnowledge: {
    judges: 'Knowledge of the topic shown in the answers: correct facts, methods and reasoning for the stated level.',
    anchors: [
      'wrong or missing fundamentals for this level',
      'partly right, with gaps a candidate at this level should not have',
      'meets the bar for this level: correct and sufficient',
      'beyond the bar: explains trade-offs and reasons',
      'well above the level: nuance, edge cases and sound judgement',
    ],
  },
  structure: {
    judges:
      'How answers are organised, e.g. situation, own actions and result (STAR) for questions about past experience.',
    anchors: [
      'no discernible structure',
      'some parts (a situation or actions) but the result or the candidate\u2019s own part is missing',
      'meets the bar for this level: situation, own actions and result are mostly there',
      'complete and well proportioned, with a clear own part',
      'complete and concise, with measurable results and a reflection',
    ],
  },
  relevance: {
    judges:
      'How well the answers address the questions asked and fit the role and level (and the job description when given).',
    anchors: [
      'answers miss the questions',
      'often drifts or stays generic',
      'meets the bar for this level: answers the question with examples that fit',
      'examples well chosen for the role',
      'every answer aimed at what the role needs, linking own experience to it',
    ],
  },
};

/** The written rule, as the prompt states it. */
export const OVERALL_RULE =
  'overallScore = 20 \u00d7 the average of the rubric scores that are not null, rounded to a whole number (so 3, meeting the bar, gives 60); null when every criterion is null.';

/** The overall score by OVERALL_RULE, from whatever rubric scores have evidence. */
export function deriveOverallScore(rubric: Readonly<Record<RubricKey, { score: number | null }>>): number | null {
  const scores = RUBRIC_KEYS.map((k) => rubric[k].score).filter((s): s is number => s !== null);
  if (scores.length === 0) return null;
  return Math.round((20 * scores.reduce((a, b) => a + b, 0)) / scores.length);
}
