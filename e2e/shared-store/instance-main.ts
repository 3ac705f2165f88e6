import { parseArgs } from 'node:util';
import { serve } from '@hono/node-server';
import { createApp } from '../../token-server/src/app.ts';
import { parseConfig } from '../../token-server/src/config.ts';
import { buildServices } from '../../token-server/src/server-setup.ts';
import { redisSharedStore } from '../../token-server/src/redis-shared-store.ts';

// A token server for the multi-instance tests, built from the production pieces (config,
// services, shared store, app) plus the two knobs production has no setting for, passed as
// arguments: how long a conversation may run, and how often this instance sweeps. Every
// request counts as one client, as a test on loopback is.
//   node --import tsx e2e/shared-store/instance-main.ts --conversation-lifetime-ms 1500 --sweep-interval-ms 100

const { values } = parseArgs({
  options: { 'conversation-lifetime-ms': { type: 'string' }, 'sweep-interval-ms': { type: 'string' } },
});
const lifetimeMs = Number(values['conversation-lifetime-ms'] ?? 60_000);
const sweepIntervalMs = Number(values['sweep-interval-ms'] ?? 5_000);

const config = parseConfig(process.env);
if (!config.redisUrl) throw new Error('The multi-instance test server needs REDIS_URL.');
const log = (line: string): void => console.error(line);
const sharedStore = redisSharedStore({ url: config.redisUrl, log, sweepIntervalMs });
const services = buildServices(config, log, sharedStore);
if (services.avatar) services.avatar.lifetimeMs = () => lifetimeMs;

const app = createApp({
  config,
  version: 'multi-instance-test',
  ...services,
  log,
  sharedStore,
  clientKey: () => 'one-client',
});
serve({ fetch: app.fetch, hostname: config.host, port: config.port });
