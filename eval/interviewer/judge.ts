// The LLM judge: reads one transcript and says, for every rule, pass, fail or not applicable,
// with the turn that shows it. Its answer is checked against a schema; a rule it leaves out
// counts as "no verdict", never as a pass.

import { z } from 'zod';
import type { TranscriptLine } from './conversation';
import type { ScriptedCandidate } from './candidates';
import { RULE_IDS, RULES, type RuleId } from './rules';

export const VERDICTS = ['pass', 'fail', 'not_applicable'] as const;
export type Verdict = (typeof VERDICTS)[number];

export const judgementSchema = z.object({
  rules: z.array(
    z.object({
      id: z.enum(RULE_IDS),
      verdict: z.enum(VERDICTS),
      evidence: z.string().describe('The turn number(s) and a short quote that decide the verdict'),
    }),
  ),
});
export type Judgement = z.infer<typeof judgementSchema>;

/** The schema as sent to the model (`responseJsonSchema`). */
export function judgementJsonSchema(): Record<string, unknown> {
  const { $schema: _drop, ...schema } = z.toJSONSchema(judgementSchema, { target: 'draft-2020-12' });
  return schema;
}

export const JUDGE_INSTRUCTION = [
  'You check a transcript of a mock job interview against rules the interviewer must follow.',
  'The interviewer is an AI; the candidate is scripted. Lines marked "App" are cues from the app, not from the candidate.',
  'For every rule give a verdict: "pass" when the transcript shows the rule kept, "fail" when any turn breaks it,',
  '"not_applicable" when the transcript gives the rule no chance to show (for example no hint was asked for).',
  'Be strict: one breaking turn is a fail. Give the turn number and a short quote as evidence. Answer only with JSON.',
].join(' ');

export function transcriptText(lines: readonly TranscriptLine[]): string {
  return lines
    .map(
      (l, i) =>
        `[${i + 1}] ${l.who === 'app' ? 'App' : l.who === 'interviewer' ? 'Interviewer' : l.typed ? 'Candidate (typed)' : 'Candidate'}: ${l.text}`,
    )
    .join('\n');
}

export function judgePrompt(s: ScriptedCandidate, lines: readonly TranscriptLine[]): string {
  const { topic, level, languageCode, lengthMinutes, cvText, jobDescription } = s.setup;
  return [
    `Interview: topic "${topic}", level ${level}, language ${languageCode}, ${lengthMinutes} minutes planned.`,
    `CV given: ${cvText ? 'yes' : 'no'}. Job description given: ${jobDescription ? `yes: ${jobDescription.text}` : 'no'}.`,
    '',
    'Rules:',
    ...RULES.map((r) => `- ${r.id}: ${r.text}`),
    '',
    'Transcript:',
    transcriptText(lines),
  ].join('\n');
}

/** The verdict per rule, or undefined where the judge gave none (or gave two that disagree). */
export function verdictsByRule(j: Judgement): Map<RuleId, Verdict | undefined> {
  const out = new Map<RuleId, Verdict | undefined>();
  for (const id of RULE_IDS) {
    const given = new Set(j.rules.filter((r) => r.id === id).map((r) => r.verdict));
    out.set(id, given.size === 1 ? [...given][0] : undefined);
  }
  return out;
}
