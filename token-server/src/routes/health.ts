import { Hono } from 'hono';
import type { StoreReport } from '../store/store-health.ts';

export interface Features {
  live: boolean;
  avatar: boolean;
  report: boolean;
}

/**
 * GET /api/health: open to all, so the app can show what this server offers before asking for a code.
 * `store` tells a load balancer or an operator whether limits are shared (Redis) or degraded to
 * each instance's memory; the server keeps serving either way, so `ok` stays true.
 */
export function healthRoutes(features: Features, version: string, store: () => StoreReport): Hono {
  const app = new Hono();
  app.get('/', (c) => c.json({ ok: true, features, version, store: store() }));
  return app;
}
