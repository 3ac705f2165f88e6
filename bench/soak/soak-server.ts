import { runLoad, type LoadResult } from '../load/load-generator.ts';
import { residentMb, tokenServerPid } from '../load/process-memory.ts';

// The token server under sustained load: health checks as fast as 4 connections get answers,
// and Live tokens at 80 a second (under the 10,000-a-minute limit the run sets), side by side
// for a few minutes, with the server's resident memory sampled every 30 s.

const TOKENS_PER_SECOND = 80;
const SAMPLE_EVERY_MS = 30_000;

export interface ServerSoak {
  minutes: number;
  health: LoadResult;
  token: LoadResult;
  /** Resident memory in MB: at the start, every 30 s, and at the end. */
  residentMb: number[];
}

export async function soakServer(baseUrl: string, minutes: number): Promise<ServerSoak> {
  const pid = tokenServerPid(Number(new URL(baseUrl).port));
  const durationMs = minutes * 60_000;
  const samples = [residentMb(pid)];
  const sampler = setInterval(() => samples.push(residentMb(pid)), SAMPLE_EVERY_MS);
  try {
    const [health, token] = await Promise.all([
      runLoad({ url: `${baseUrl}/api/health`, method: 'GET', concurrency: 4, durationMs }),
      runLoad({
        url: `${baseUrl}/api/live/token`,
        method: 'POST',
        body: '{}',
        concurrency: 4,
        durationMs,
        ratePerSecond: TOKENS_PER_SECOND,
      }),
    ]);
    return { minutes, health, token, residentMb: [...samples, residentMb(pid)] };
  } finally {
    clearInterval(sampler);
  }
}
