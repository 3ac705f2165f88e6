import { Hono } from 'hono';

export interface Features {
  live: boolean;
  avatar: boolean;
  report: boolean;
}

/** GET /api/health: open to all, so the app can show what this server offers before asking for a code. */
export function healthRoutes(features: Features, version: string): Hono {
  const app = new Hono();
  app.get('/', (c) => c.json({ ok: true, features, version }));
  return app;
}
