import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono, MiddlewareHandler } from 'hono';

// The built SPA. Files are served from the build folder (serveStatic refuses `..`, encoded
// dots and backslashes, so nothing outside that folder can be reached; hidden files inside it
// are refused here); any other path that
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

/**
 * A build folder never holds a file or folder whose name starts with a dot, but a STATIC_DIR set
 * by hand may (`.env`, `.git/config`). Every such segment is refused, in the path as sent and
 * percent-decoded, so no spelling of a hidden name reaches serveStatic.
 */
function namesHiddenFile(path: string): boolean {
  const hasDotSegment = (p: string) => p.split(/[\\/]/).some((segment) => segment.startsWith('.'));
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return true; // a path that does not decode cannot name any file we serve
  }
  return hasDotSegment(path) || hasDotSegment(decoded);
}

const refuseHiddenFiles: MiddlewareHandler = async (c, next) => {
  if (namesHiddenFile(c.req.path)) return c.text('Not found', 404);
  await next();
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
  app.use('*', refuseHiddenFiles, cacheHeaders, serveStatic({ root: dir }));
  const index = serveStatic({ path: indexFile });
  app.get('*', (c, next) => (looksLikeFile(c.req.path) ? next() : index(c, next)));
}
