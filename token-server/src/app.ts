import { Hono } from 'hono';

export interface AppDeps {
  /** Feature switches derived from configuration. */
  features: { live: boolean; avatar: boolean; report: boolean };
  version: string;
  /** Serves the built SPA; omitted in unit tests. */
  serveSpa?: (app: Hono) => void;
}

/** Builds the HTTP app from its dependencies. Tests call app.request() on the result. */
export function createApp(deps: AppDeps): Hono {
  const app = new Hono();
  app.get('/api/health', (c) => c.json({ ok: true, features: deps.features, version: deps.version }));
  app.all('/api/*', (c) =>
    c.json({ error: { code: 'not_found', message: 'There is no such API endpoint.' } }, 404),
  );
  deps.serveSpa?.(app);
  return app;
}
