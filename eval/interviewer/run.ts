// `npm run eval:interviewer`: runs every scripted candidate against the real interviewer
// instruction through Gemini's text API, has an LLM judge score each rule, prints a table per
// rule, and writes the transcripts and verdicts to a folder. Needs GEMINI_API_KEY; without it,
// it says "skipped" and exits 0, so it is safe anywhere. Not part of `npm test`: it costs money
// and a model's answers vary from run to run.

import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEFAULT_TEXT_MODEL } from '../../contracts/models/text-models.ts';
import { CANDIDATES, type ScriptedCandidate } from './candidates';
import { runConversation, type TranscriptLine } from './conversation';
import { createGeminiText, type GeminiText } from './gemini-text';
import {
  JUDGE_INSTRUCTION,
  judgementJsonSchema,
  judgementSchema,
  judgePrompt,
  transcriptText,
  verdictsByRule,
  type Judgement,
} from './judge';
import { resultTable, type Results } from './table';

export interface EvalOptions {
  apiKey: string | undefined;
  baseUrl?: string;
  model?: string;
  judgeModel?: string;
  outDir: string;
  log: (line: string) => void;
  candidates?: readonly ScriptedCandidate[];
}

export type EvalOutcome = { status: 'skipped' } | { status: 'done'; results: Results; table: string };

function parseJudgement(raw: string): Judgement {
  try {
    const parsed = judgementSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : { rules: [] };
  } catch {
    return { rules: [] };
  }
}

async function evaluateOne(s: ScriptedCandidate, gemini: GeminiText, outDir: string): Promise<Judgement> {
  const lines: TranscriptLine[] = await runConversation(s, gemini.ask);
  const raw = await gemini.judge(JUDGE_INSTRUCTION, judgePrompt(s, lines), judgementJsonSchema());
  const judgement = parseJudgement(raw);
  await writeFile(join(outDir, `${s.id}.md`), `# ${s.title}\n\n${transcriptText(lines)}\n`);
  await writeFile(join(outDir, `${s.id}.judgement.json`), `${JSON.stringify({ raw, judgement }, null, 2)}\n`);
  return judgement;
}

export async function runInterviewerEval(o: EvalOptions): Promise<EvalOutcome> {
  if (!o.apiKey) {
    o.log(
      'eval:interviewer skipped: set GEMINI_API_KEY to run the scripted candidates against the real interviewer instruction.',
    );
    return { status: 'skipped' };
  }
  const model = o.model ?? DEFAULT_TEXT_MODEL;
  const gemini = createGeminiText({
    apiKey: o.apiKey,
    model,
    judgeModel: o.judgeModel ?? model,
    ...(o.baseUrl ? { baseUrl: o.baseUrl } : {}),
  });
  await mkdir(o.outDir, { recursive: true });
  const results = new Map<string, ReturnType<typeof verdictsByRule>>();
  for (const s of o.candidates ?? CANDIDATES) {
    o.log(`${s.id}: ${s.title}…`);
    results.set(s.id, verdictsByRule(await evaluateOne(s, gemini, o.outDir)));
  }
  const table = resultTable(results);
  o.log(
    `\nInterviewer ${model}, judge ${o.judgeModel ?? model}. pass = kept, FAIL = broken, - = not applicable, ? = no verdict.\n`,
  );
  o.log(table);
  o.log(`\nTranscripts and verdicts: ${o.outDir}`);
  return { status: 'done', results, table };
}

async function main() {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  // The same .env the token server reads, so one file configures both.
  if (existsSync('.env')) process.loadEnvFile('.env');
  const env = process.env;
  await runInterviewerEval({
    apiKey: env.GEMINI_API_KEY,
    ...(env.GEMINI_API_BASE_URL ? { baseUrl: env.GEMINI_API_BASE_URL } : {}),
    ...(env.EVAL_MODEL ? { model: env.EVAL_MODEL } : {}),
    ...(env.EVAL_JUDGE_MODEL ? { judgeModel: env.EVAL_JUDGE_MODEL } : {}),
    outDir: env.EVAL_OUT_DIR ?? join('eval', '.out', `interviewer-${stamp}`),
    log: (line) => console.log(line),
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(`eval:interviewer failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
