import { cpus } from 'node:os';
import { pathToFileURL } from 'node:url';
import { FAKE_GEMINI_KEY, startFakeGemini } from '../../e2e/fakes/fake-gemini.ts';
import { freePort, TokenServerProcess } from '../../e2e/support/token-server-process.ts';
import { RedisServer } from '../../token-server/src/testing/redis-server.ts';
import { toFigure } from '../figure.ts';
import { type LoadResult, runLoad } from '../load/load-generator.ts';
import { processCpuMs } from '../load/process-cpu.ts';
import { tokenServerPid } from '../load/process-memory.ts';
import { median, percentile, round } from '../stats.ts';
import { renderTable } from '../table.ts';
import type { Figure } from '../types.ts';

// Token mints per second and p99 with the limits in memory (one instance) and in Redis (one and
// three instances), against the fake Gemini. Every configuration runs at once (idle while it is
// not measured), each Redis configuration on its own redis-server; the load visits them in turn,
// ROUNDS times, so a change in this shared machine's load hits all of them alike. The same 18
// keep-alive connections every time, split evenly over a configuration's instances (a load
// balancer's round robin). Each round appears as a new client behind a proxy (X-Forwarded-For
// with TRUST_PROXY), so no rate-limit window carries over from one round to the next. All of it
// shares this machine's cores with the load generator, so the 3-instance ratio shows the ceiling
// of this machine, not of the design. Run alone: `tsx bench/suites/shared-store.ts`.

const CONNECTIONS = 18;
const ROUNDS = 5;
const WARM_UP_MS = 3000; // one unmeasured round each, so V8 has compiled the hot paths of every instance
const ROUND_MS = 3000;

interface Config {
  servers: TokenServerProcess[];
  redis?: RedisServer;
  rps: number[];
  latenciesMs: number[];
  requests: number;
  /** CPU time used while measured: every token server together, and redis-server. */
  serverCpuMs: number;
  redisCpuMs: number;
}

function cpuNow(config: Config): { servers: number; redis: number } {
  const servers = config.servers.reduce((ms, s) => ms + processCpuMs(tokenServerPid(s.port)), 0);
  const redisPid = config.redis?.pid;
  return { servers, redis: redisPid === undefined ? 0 : processCpuMs(redisPid) };
}

/** The same load spread over every instance at once; returns mints per second. */
async function loadAcross(config: Config, durationMs: number, client: string): Promise<LoadResult[]> {
  const each = CONNECTIONS / config.servers.length;
  const headers = { 'x-forwarded-for': client };
  return Promise.all(
    config.servers.map((s) =>
      runLoad({
        method: 'POST',
        body: '{}',
        url: `${s.baseUrl}/api/live/token`,
        concurrency: each,
        durationMs,
        headers,
      }),
    ),
  );
}

async function measureRound(config: Config, client: string): Promise<void> {
  const before = cpuNow(config);
  const parts = await loadAcross(config, ROUND_MS, client);
  const after = cpuNow(config);
  config.serverCpuMs += after.servers - before.servers;
  config.redisCpuMs += after.redis - before.redis;
  const failed = parts.reduce((n, p) => n + p.failures, 0);
  if (failed > 0)
    throw new Error(`${failed} mints were not 2xx (${parts.map((p) => JSON.stringify(p.statuses)).join(' ')}).`);
  const requests = parts.reduce((n, p) => n + p.requests, 0);
  config.rps.push((requests * 1000) / Math.max(...parts.map((p) => p.elapsedMs)));
  config.latenciesMs.push(...parts.flatMap((p) => p.latenciesMs));
  config.requests += requests;
}

async function startConfig(instances: number, geminiUrl: string, withRedis: boolean): Promise<Config> {
  const redis = withRedis ? await RedisServer.start() : undefined;
  const env = {
    GEMINI_API_KEY: FAKE_GEMINI_KEY,
    GEMINI_API_BASE_URL: geminiUrl,
    RATE_LIMIT_PER_MINUTE: '10000',
    TRUST_PROXY: 'true',
    REDIS_URL: redis?.url ?? '',
  };
  const servers = await Promise.all(
    Array.from({ length: instances }, async () => new TokenServerProcess(await freePort(), env)),
  );
  const config: Config = { servers, redis, rps: [], latenciesMs: [], requests: 0, serverCpuMs: 0, redisCpuMs: 0 };
  await Promise.all(servers.map((s) => s.start(60_000)));
  if (redis) await Promise.all(servers.map(waitForSharedStore));
  return config;
}

async function stopConfig(config: Config): Promise<void> {
  await Promise.all(config.servers.map((s) => s.stop()));
  await config.redis?.stop('SIGTERM');
}

/** A mint counted in memory while Redis is still connecting would flatter the Redis figure. */
async function waitForSharedStore(server: TokenServerProcess): Promise<void> {
  for (let tries = 0; tries < 300; tries++) {
    const body = (await (await fetch(`${server.baseUrl}/api/health`)).json()) as { store?: { ok?: boolean } };
    if (body.store?.ok === true) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`The token server never reached Redis:\n${server.output()}`);
}

const cpuPerMint = (c: Config): number => c.serverCpuMs / c.requests;

function rowsFor(id: string, name: string, c: Config): Figure[] {
  const p99 = round(percentile(c.latenciesMs, 99));
  return [
    {
      id: `${id}-rps`,
      label: `Token mints per second, ${name} (${CONNECTIONS} connections; median of ${ROUNDS} rounds)`,
      unit: 'req/s',
      median: round(median(c.rps)),
      samples: c.requests,
    },
    toFigure({
      id: `${id}-latency`,
      label: `Token mint latency, ${name}, p99 ${p99} ms`,
      unit: 'ms',
      values: c.latenciesMs,
    }),
    {
      id: `${id}-cpu`,
      label: `Token server CPU per mint, ${name} (all instances)`,
      unit: 'ms',
      median: round(cpuPerMint(c)),
      samples: c.requests,
    },
    ...(c.redis
      ? [
          {
            id: `${id}-redis-cpu`,
            label: `redis-server CPU per mint, ${name}`,
            unit: 'ms' as const,
            median: round(c.redisCpuMs / c.requests),
            samples: c.requests,
          },
        ]
      : []),
  ];
}

export async function benchSharedStore(): Promise<Figure[]> {
  const gemini = await startFakeGemini({ pace: 'instant' });
  const configs: Config[] = [];
  try {
    for (const [instances, withRedis] of [
      [1, false],
      [1, true],
      [3, true],
    ] as const)
      configs.push(await startConfig(instances, gemini.url, withRedis));
    for (const [k, c] of configs.entries()) await loadAcross(c, WARM_UP_MS, `10.0.${k}.255`);
    for (let round = 0; round < ROUNDS; round++) {
      for (const [k, c] of configs.entries()) await measureRound(c, `10.0.${k}.${round}`);
    }
    const [memory, redisOne, redisThree] = configs as [Config, Config, Config];
    return [
      ...rowsFor('server-scale-memory-1', '1 instance, limits in memory', memory),
      ...rowsFor('server-scale-redis-1', '1 instance, limits in Redis', redisOne),
      ...rowsFor('server-scale-redis-3', '3 instances sharing Redis', redisThree),
      {
        id: 'server-scale-redis-vs-memory',
        label: 'Mints per second, Redis ÷ memory (1 instance)',
        unit: 'x',
        median: round(median(redisOne.rps) / median(memory.rps)),
        samples: ROUNDS,
      },
      {
        id: 'server-scale-cpu-redis-vs-memory',
        label: 'Token server CPU per mint, Redis ÷ memory (1 instance)',
        unit: 'x',
        median: round(cpuPerMint(redisOne) / cpuPerMint(memory)),
        samples: ROUNDS,
      },
      {
        id: 'server-scale-3-vs-1',
        label: `Mints per second, 3 instances ÷ 1 (Redis; ${cpus().length} CPUs shared with the load)`,
        unit: 'x',
        median: round(median(redisThree.rps) / median(redisOne.rps)),
        samples: ROUNDS,
      },
    ];
  } finally {
    await Promise.all(configs.map(stopConfig));
    await gemini.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  benchSharedStore().then(
    (figures) => console.log(renderTable(figures)),
    (err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
}
