import { Hono } from 'hono';
import { notConfigured, type HealthBody, type HealthChecks } from '../../../contracts/health.ts';
import type { StoreReport } from '../store/store-health.ts';

/** Where the route gets the latest checks (health/feature-health.ts in production). */
export type HealthSource = () => Promise<HealthChecks>;

/**
 * For an app built without upstream checks (tests, embedders): a feature works when its
 * upstream client exists, with no call made to find out.
 */
export function configuredOnly(present: {
  live: boolean;
  report: boolean;
  prep: boolean;
  avatar: boolean;
  voiceSample: boolean;
}): HealthSource {
  const gemini = (on: boolean, what: string) => (on ? { ok: true as const } : notConfigured(what, 'GEMINI_API_KEY'));
  const checks: HealthChecks = {
    live: gemini(present.live, 'Live interviews'),
    report: gemini(present.report, 'Reports'),
    prep: gemini(present.prep, 'Preparation packs'),
    avatar: present.avatar ? { ok: true } : notConfigured('The avatar', 'TAVUS_API_KEY'),
    voiceSample: gemini(present.voiceSample, 'Voice samples'),
  };
  return () => Promise.resolve(checks);
}

/**
 * GET /api/health: open to all, so the app can show what this server offers before asking for a code.
 * `features` says per feature whether it works and why not; `store` tells a load balancer or an
 * operator whether limits are shared (Redis) or degraded to each instance's memory; the server
 * keeps serving either way, so `ok` stays true.
 */
export function healthRoutes(source: HealthSource, version: string, store: () => StoreReport): Hono {
  const app = new Hono();
  app.get('/', async (c) => {
    const body: HealthBody & { store: StoreReport } = { ok: true, version, features: await source(), store: store() };
    return c.json(body);
  });
  return app;
}
