import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseConfig, type Config } from '../../token-server/src/config.ts';
import { checkAvatar } from './avatar-step.ts';
import { type CheckStep, formatRows, runChecks } from './check-runner.ts';
import { checkLiveSession } from './live-step.ts';
import { checkReport } from './report-step.ts';
import { spokenPcm16k } from './speech-fixture.ts';

// `npm run check:live`: before a demo, checks the real services with the keys in the
// environment or .env, through the same code the server runs. Not part of `npm test`: it needs
// real keys and the network, and each run spends a little of the quota.

const PHRASE = 'Hello, I am checking that you can hear me. Can you hear me?';

export function checkSteps(
  config: Config,
  speech: () => Promise<Int16Array> = () => spokenPcm16k(PHRASE),
): CheckStep[] {
  const { gemini, tavus } = config;
  const noGemini = { kind: 'skipped', detail: 'no GEMINI_API_KEY' } as const;
  return [
    {
      name: `Gemini Live (${gemini.liveModel}): token, session, audio, both transcriptions`,
      run: async () =>
        gemini.apiKey
          ? checkLiveSession({
              apiKey: gemini.apiKey,
              baseUrl: gemini.baseUrl,
              model: gemini.liveModel,
              speech: await speech(),
            })
          : noGemini,
    },
    {
      name: `Gemini report (${gemini.reportModel})`,
      run: async () =>
        gemini.apiKey
          ? checkReport({ apiKey: gemini.apiKey, baseUrl: gemini.baseUrl, model: gemini.reportModel })
          : noGemini,
    },
    {
      name: 'Tavus: create and end a conversation',
      run: async () =>
        tavus.apiKey
          ? checkAvatar({
              apiKey: tavus.apiKey,
              baseUrl: tavus.baseUrl,
              replicaId: tavus.replicaId,
              personaId: tavus.personaId,
            })
          : { kind: 'skipped', detail: 'no TAVUS_API_KEY' },
    },
  ];
}

async function main(): Promise<void> {
  if (typeof process.loadEnvFile === 'function' && existsSync('.env')) process.loadEnvFile('.env');
  const run = await runChecks(checkSteps(parseConfig(process.env)));
  console.log(formatRows(run.rows));
  console.log(
    run.ok
      ? 'All checks that could run passed.'
      : 'Not ready: fix what failed (or set a key), then run npm run check:live again.',
  );
  process.exit(run.ok ? 0 : 1);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) void main();
