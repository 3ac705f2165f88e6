import { createGemini } from '../../token-server/src/upstream/gemini.ts';
import type { Verdict } from './check-runner.ts';

// Writes a short report with the server's own code: the model exists, answers JSON of the
// report's shape, and accepts the generation settings its profile gives.

export async function checkReport(opts: { apiKey: string; baseUrl?: string; model: string }): Promise<Verdict> {
  const gemini = createGemini({
    apiKey: opts.apiKey,
    baseUrl: opts.baseUrl,
    liveModel: opts.model,
    reportModel: opts.model,
  });
  const report = await gemini.report.write(
    {
      interview: { topic: 'Backend engineering', level: 'Intermediate' },
      transcript: [
        { role: 'interviewer', text: 'Tell me about a project you led.' },
        {
          role: 'candidate',
          text: 'I led the move of our billing service to Postgres, which cut our monthly cost by a third.',
        },
      ],
    },
    AbortSignal.timeout(90_000),
  );
  return { kind: 'pass', detail: `a valid report (${Object.keys(report).length} fields)` };
}
