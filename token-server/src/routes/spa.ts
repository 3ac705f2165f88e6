import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono, MiddlewareHandler } from 'hono';

// The built SPA. Files are served from the build folder (serveStatic refuses `..`, encoded
// dots and backslashes, so nothing outside that folder can be reached); any other path that
// does not look like a file gets index.html, so /report/123 opens in the app's own router.

const NOT_BUILT =
  'The Mockingbird web app has not been built yet. Run "npm run build:web" (or "npm start") and reload this page.';

/**
 * Vite puts content-hashed files in /assets/: they never change, so browsers may keep them.
 * Everything else (index.html above all) is revalidated, so a new build shows up at once.
 */
const cacheHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  if (!c.res.ok) return;
  const immutable = c.req.path.startsWith('/assets/');
  c.res.headers.set('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
};

function looksLikeFile(path: string): boolean {
  const last = path.split('/').at(-1) ?? '';
  return last.includes('.');
}

export function serveSpa(app: Hono, dir: string): void {
  const indexFile = join(dir, 'index.html');
  if (!existsSync(indexFile)) {
    app.get('*', (c) => c.text(NOT_BUILT, 404));
    return;
  }
  app.use('*', cacheHeaders, serveStatic({ root: dir }));
  const index = serveStatic({ path: indexFile });
  app.get('*', (c, next) => (looksLikeFile(c.req.path) ? next() : index(c, next)));
}
