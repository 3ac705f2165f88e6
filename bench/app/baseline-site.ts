import { existsSync, rmSync, statSync } from 'node:fs';
import { join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Route } from 'playwright';
import { buildApp } from '../support/build-app.ts';

// The baseline runs against the same stack as the real app (token server, fakes, origin). Only
// the page's own files (HTML, JavaScript, CSS, public assets) come from the baseline build; /api
// and the Live socket reach the real server. Each file keeps the headers the real server sends
// for that path (its Content-Security-Policy and the rest), so the page runs under the same rules.

const CONFIG = fileURLToPath(new URL('./vite.config.ts', import.meta.url));

let built: Promise<string> | undefined;

/** The baseline build's folder, built on first use (once per bench run). */
export function baselineBuild(): Promise<string> {
  built ??= buildApp(CONFIG);
  return built;
}

export async function removeBaselineBuild(): Promise<void> {
  if (!built) return;
  const dir = await built.catch(() => undefined);
  if (dir) rmSync(dir, { recursive: true, force: true });
  built = undefined;
}

/** Serves this context's pages of `baseUrl` from the baseline build. */
export async function serveBaselineBuild(context: BrowserContext, baseUrl: string): Promise<void> {
  const dir = await baselineBuild();
  const origin = new URL(baseUrl).origin;
  await context.route(
    (url) => url.origin === origin && !url.pathname.startsWith('/api/'),
    (route) => fulfilFromBuild(route, dir),
  );
}

/**
 * The real server's answer for the path gives the headers (CSP and the rest); the body is the
 * baseline build's file. A route still waiting when its page or context closes (the end of a run,
 * a navigation) fails with "Request context disposed" or "Target closed": nothing is left to
 * answer, so it is dropped instead of failing the run.
 */
async function fulfilFromBuild(route: Route, dir: string): Promise<void> {
  try {
    const real = await route.fetch();
    const headers = { ...real.headers() };
    for (const name of ['content-length', 'content-type', 'content-encoding', 'etag', 'last-modified'])
      delete headers[name];
    await route.fulfill({ status: 200, headers, path: fileFor(dir, new URL(route.request().url()).pathname) });
  } catch (error) {
    if (!isClosedError(error)) throw error;
  }
}

const isClosedError = (error: unknown): boolean =>
  error instanceof Error &&
  /context disposed|Target (page, context or browser )?(has been )?closed|has been closed/i.test(error.message);

/** The build's file for a path, or index.html for an app route (as the server's SPA fallback). */
function fileFor(dir: string, pathname: string): string {
  const file = normalize(join(dir, decodeURIComponent(pathname)));
  const inside = file.startsWith(dir + sep);
  return inside && existsSync(file) && statSync(file).isFile() ? file : join(dir, 'index.html');
}
