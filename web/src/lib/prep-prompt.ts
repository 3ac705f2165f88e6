// The preparation-pack prompt for a browser that calls Gemini with the user's own key (no
// server). It keeps the server's rules (token-server/src/prep/prompt.ts): everything the candidate
// controls is fenced as data, facts must come from the CV, and the answer must match a schema
// with the counts the pack promises (8–12 questions, 3–5 strengths and gaps, 3 questions to ask).
import { z } from 'zod';
import type { PrepRequest } from '../services/api/types';
import { FENCE_RULE, fenceData } from './prompt-fence';
import { PREP_CATEGORIES } from './prep-types';

const sentence = z.string().trim().min(1).max(1000);

/** What Gemini must answer with; stricter than the stored shape in prep-types.ts. */
export const prepModelSchema = z.object({
  focus: sentence.describe('One or two sentences on what this interview will most likely test'),
  questions: z
    .array(
      z.object({
        category: z.enum(PREP_CATEGORIES).describe('behavioural, technical (knowledge of the field), role (this job) or cv (the candidate’s history)'),
        question: sentence.describe('The question as an interviewer would ask it'),
        whyLikely: sentence.describe('Why it is likely, pointing at the job description or CV'),
        cvFacts: z.array(z.string().trim().min(1).max(300)).max(4).describe('CV facts worth using in the answer; empty without a CV'),
      }),
    )
    .min(8)
    .max(12),
  strengths: z.array(z.object({ strength: sentence, howToShow: sentence })).min(3).max(5),
  gaps: z.array(z.object({ gap: sentence, angle: sentence.describe('An honest angle for the answer') })).min(3).max(5),
  questionsToAsk: z.array(sentence).min(3).max(3),
  sharpenWith: z.array(sentence).max(3).describe('What extra input would make the pack more specific; empty when nothing is missing'),
});

/** The JSON schema Gemini must answer with, without the `$schema` marker the API does not list. */
export const prepModelJsonSchema: Record<string, unknown> = (() => {
  const { $schema: _marker, ...schema } = z.toJSONSchema(prepModelSchema, { target: 'draft-2020-12' });
  return schema;
})();

export const PREP_SYSTEM_INSTRUCTION = [
  'You are an experienced interview coach preparing a candidate for a real job interview.',
  FENCE_RULE,
  'Write a one-page preparation pack that is specific to this candidate, this job and this level; avoid generic advice.',
  'Give 8 to 12 likely questions grouped as behavioural, technical, role and cv; for each say why it is likely and list the CV facts worth using.',
  'Only use facts that are in the CV; never invent experience. Without a CV, ask no cv questions and leave every cvFacts list empty.',
  'Give 3 to 5 strengths backed by the CV, 3 to 5 gaps with an honest angle, and exactly 3 questions to ask the interviewer.',
  'In sharpenWith, say which missing input (a CV, a job description, or more detail) would make the pack more specific.',
  'Keep every sentence short enough to fit a printed page. Write to the candidate as "you".',
  'Answer only with JSON that matches the response schema.',
].join(' ');

export function buildPrepUserText(req: PrepRequest): string {
  const job = [req.jobTitle?.trim(), req.jobDescription?.trim()].filter(Boolean).join('\n\n');
  return [
    'Write the preparation pack for this interview.',
    req.languageCode ? `Write the whole pack in the interview language, whose BCP-47 code is ${JSON.stringify(req.languageCode)}.` : 'Write the pack in the language of the topic.',
    fenceData('TOPIC', req.topic),
    fenceData('LEVEL', req.level),
    job ? fenceData('JOB DESCRIPTION', job) : 'Job description: none given.',
    req.cvText?.trim() ? fenceData('CV', req.cvText) : 'CV: none given.',
  ].join('\n\n');
}
