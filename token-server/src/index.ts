import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { createApp } from './app.ts';
import { ConfigError, parseConfig, type Config } from './config.ts';
import { clientKeyFrom } from './http/client-key.ts';
import { httpServerOptions } from './http/connection-limits.ts';
import { createFeatureHealth } from './health/feature-health.ts';
import { makeRedactingLog } from './log.ts';
import { buildProbes, buildServices, displayUrl, modelWarnings, startupLine } from './server-setup.ts';
import { redisSharedStore } from './redis-shared-store.ts';
import { memorySharedStore } from './shared-store.ts';
import { onShutdownSignal, shutDown } from './shutdown.ts';

// The server's entry point and the only place that reads the environment. It runs both as
// token-server/src/index.ts (tsx) and as dist/server/token-server/src/index.js (built, beside
// the compiled contracts/); the repository root is found by walking up to package.json.

const REPO_ROOT = findRepoRoot(import.meta.url);

function findRepoRoot(from: string): URL {
  for (let dir = new URL('./', from); ; dir = new URL('../', dir)) {
    if (existsSync(new URL('package.json', dir))) return dir;
    if (dir.pathname === '/') throw new Error('package.json not found above the server.');
  }
}

function loadDotEnv(): void {
  // Node 20.12+ reads .env itself; values already in the environment win over the file.
  if (typeof process.loadEnvFile === 'function' && existsSync('.env')) process.loadEnvFile('.env');
}

function readConfigOrExit(): Config {
  try {
    return parseConfig(process.env);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    console.error(`${err.message}\nFix them in the environment or in .env (see .env.example), then start again.`);
    process.exit(1);
  }
}

function readVersion(): string {
  const pkg: unknown = JSON.parse(readFileSync(new URL('package.json', REPO_ROOT), 'utf8'));
  return typeof pkg === 'object' && pkg !== null && 'version' in pkg && typeof pkg.version === 'string'
    ? pkg.version
    : '0.0.0';
}

loadDotEnv();
const config = readConfigOrExit();
const redisPassword = config.redisUrl ? decodeURIComponent(new URL(config.redisUrl).password) || undefined : undefined;
const log = makeRedactingLog([config.gemini.apiKey, config.tavus.apiKey, config.accessCode, redisPassword], (line) =>
  console.error(line),
);
const sharedStore = config.redisUrl ? redisSharedStore({ url: config.redisUrl, log }) : memorySharedStore();
const services = buildServices(config, log, sharedStore);
const webDir = config.staticDir ?? fileURLToPath(new URL('dist/web', REPO_ROOT));
const hasWeb = existsSync(join(webDir, 'index.html'));
const version = readVersion();
const featureHealth = createFeatureHealth({ probes: buildProbes(config), log });

const app = createApp({
  config,
  version,
  ...services,
  health: () => featureHealth.checks(),
  staticDir: webDir,
  log,
  sharedStore,
  clientKey: (c) => clientKeyFrom(config.trustProxy, c.req.header('x-forwarded-for'), getConnInfo(c).remote.address),
});

const server = serve(
  { fetch: app.fetch, hostname: config.host, port: config.port, serverOptions: httpServerOptions() },
  (info) => {
    const url = displayUrl(config.host, info.port);
    console.log(startupLine({ url, version, services, config, webDir: hasWeb ? webDir : undefined }));
    for (const warning of modelWarnings(config.gemini)) log(warning);
    featureHealth.start();
  },
);

onShutdownSignal((signal) => {
  featureHealth.stop();
  shutDown(signal, { registry: services.avatar?.registry, closeServer: () => server.close(), log })
    .then(() => sharedStore.close())
    .then(
      () => process.exit(0),
      (err: unknown) => {
        log(`shutdown failed: ${err instanceof Error ? err.message : String(err)}`);
        process.exit(1);
      },
    );
});
