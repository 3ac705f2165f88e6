import type { Browser } from 'playwright';
import type { Stack } from '../../e2e/support/stack.ts';
import type { Figure } from '../types.ts';
import { liveSoakFigures, serverSoakFigures } from './soak-figures.ts';
import { soakLive } from './soak-live.ts';
import { soakServer } from './soak-server.ts';

// `npm run bench -- --soak [--soak-minutes=N]`: the long runs of issue 9, after the regular
// suites. Not part of the default run, which must stay under five minutes.

export const DEFAULT_SOAK_MINUTES = 4;

export function soakMinutes(argv: readonly string[]): number | undefined {
  if (!argv.includes('--soak')) return undefined;
  const given = argv.find((a) => a.startsWith('--soak-minutes='))?.split('=')[1];
  const minutes = given === undefined ? DEFAULT_SOAK_MINUTES : Number(given);
  if (!(minutes > 0)) throw new Error(`--soak-minutes must be a positive number of minutes, not "${given ?? ''}".`);
  return minutes;
}

export async function runSoak(
  browser: Browser,
  stack: Stack,
  minutes: number,
): Promise<{ figures: Figure[]; details: Record<string, unknown> }> {
  const live = await soakLive(browser, stack, minutes);
  const server = await soakServer(stack.baseUrl, Math.max(1, Math.round(minutes * 0.75)));
  const { health, token, ...serverSummary } = server;
  return {
    figures: [...liveSoakFigures(live), ...serverSoakFigures(server)],
    details: {
      live,
      server: {
        ...serverSummary,
        health: { requests: health.requests, statuses: health.statuses },
        token: { requests: token.requests, statuses: token.statuses },
      },
    },
  };
}
