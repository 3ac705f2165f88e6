import { toFigure } from '../figure.ts';
import { type LoadResult, type LoadSpec, runLoad } from '../load/load-generator.ts';
import { residentMb, tokenServerPid } from '../load/process-memory.ts';
import { percentile, round } from '../stats.ts';
import type { Figure } from '../types.ts';

// The token server (a child process, as `npm start` runs it) under a bounded load from this
// process over loopback: requests per second and p99 latency for the health check and for
// minting a Live token (which calls the fake Gemini upstream, also in this process), and the
// server's resident memory before and after. The run raises the rate limit to its maximum
// (10,000 a minute), which the token load stays under; a 429 would fail the suite loudly.

const CONCURRENCY = 16;
const WARM_UP_MS = 500;
const DURATION_MS = 4000;

function throughputFigures(id: string, name: string, r: LoadResult): Figure[] {
  if (r.failures > 0)
    throw new Error(`${name}: ${r.failures} of ${r.requests} answers were not 2xx (${JSON.stringify(r.statuses)}).`);
  const p99 = round(percentile(r.latenciesMs, 99));
  return [
    {
      id: `${id}-rps`,
      label: `Token server ${name}: requests per second (${CONCURRENCY} keep-alive connections)`,
      unit: 'req/s',
      median: round((r.requests * 1000) / r.elapsedMs),
      samples: r.requests,
    },
    toFigure({
      id: `${id}-latency`,
      label: `Token server ${name}: latency under that load, p99 ${p99} ms`,
      unit: 'ms',
      values: r.latenciesMs,
    }),
  ];
}

async function measure(spec: Omit<LoadSpec, 'durationMs' | 'concurrency'>): Promise<LoadResult> {
  await runLoad({ ...spec, concurrency: CONCURRENCY, durationMs: WARM_UP_MS });
  return runLoad({ ...spec, concurrency: CONCURRENCY, durationMs: DURATION_MS });
}

export async function benchTokenServer(baseUrl: string): Promise<Figure[]> {
  const pid = tokenServerPid(Number(new URL(baseUrl).port));
  const before = residentMb(pid);
  const health = await measure({ url: `${baseUrl}/api/health`, method: 'GET' });
  const token = await measure({ url: `${baseUrl}/api/live/token`, method: 'POST', body: '{}' });
  const after = residentMb(pid);
  return [
    ...throughputFigures('server-health', 'GET /api/health', health),
    ...throughputFigures('server-token', 'POST /api/live/token', token),
    {
      id: 'server-rss-before',
      label: 'Token server resident memory before the load',
      unit: 'MB',
      median: round(before),
      samples: 1,
    },
    {
      id: 'server-rss-after',
      label: `Token server resident memory after ${health.requests + token.requests} requests`,
      unit: 'MB',
      median: round(after),
      samples: 1,
    },
  ];
}
