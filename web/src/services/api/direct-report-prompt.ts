// The report prompt for a browser that calls Gemini with the user's own key (no server). It keeps
// the server's rules (token-server/src/report/prompt.ts): everything the candidate controls is
// fenced as data, the transcript is JSON-encoded so an answer cannot end its block, quotes must
// be the candidate's exact words. The response schema is the browser's copy of the report shape.
import { z } from 'zod';
import { FENCE_RULE, fenceData } from '../../lib/prompt-fence';
import { interviewReportSchema } from '../../lib/report-types';
import type { ReportRequest } from './types';

export interface DirectReportPrompt {
  systemInstruction: string;
  userText: string;
}

const SYSTEM_INSTRUCTION = [
  'You are an experienced interview coach writing feedback for a candidate after a mock interview.',
  FENCE_RULE,
  'Judge the answers against the stated topic and level. Be specific, kind and honest.',
  'overallScore is 0 to 100 for the stated level. Each rubric score and each per-question score is 1 (poor) to 5 (excellent).',
  'The rubric: communication (clarity, concision, confidence), domainKnowledge (technical depth or knowledge of the field),',
  'structure (organised answers, e.g. STAR for behavioural questions), relevance (fit of the answers to the role and level).',
  'Give each rubric entry a one- or two-sentence comment and one or two quotes as evidence.',
  'Every quote must be copied exactly, word for word, from a turn whose role is "candidate";',
  'never quote the interviewer and never paraphrase inside a quote.',
  'Give one to six strengths, one to six improvements, one perQuestion entry per interviewer question that got an answer,',
  'and one to six short nextTopics. For "tryThis", write a better version of what the candidate could actually say.',
  'Write to the candidate as "you", in the language the candidate used in the interview.',
  'Answer only with JSON that matches the response schema.',
].join(' ');

/** The JSON schema Gemini must answer with, without the `$schema` marker the API does not list. */
export const directReportJsonSchema: Record<string, unknown> = (() => {
  const { $schema: _marker, ...schema } = z.toJSONSchema(interviewReportSchema, { target: 'draft-2020-12' });
  return schema;
})();

export function buildDirectReportPrompt(req: ReportRequest): DirectReportPrompt {
  const { topic, level, jobDescription, cvText } = req.interview;
  const turns = req.transcript.map((turn, i) => ({ n: i + 1, role: turn.role, text: turn.text }));
  const blocks = [
    'Write the feedback report for this mock interview.',
    fenceData('TOPIC', topic),
    fenceData('LEVEL', level),
    jobDescription?.trim() ? fenceData('JOB DESCRIPTION', jobDescription) : 'Job description: none given.',
    cvText?.trim() ? fenceData('CV', cvText) : 'CV: none given.',
    fenceData('TRANSCRIPT', JSON.stringify(turns, null, 1)),
  ];
  return { systemInstruction: SYSTEM_INSTRUCTION, userText: blocks.join('\n\n') };
}
