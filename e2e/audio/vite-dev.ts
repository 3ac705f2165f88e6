// Serves the real web/ sources with the repo's Vite config, so a spec can import the audio
// modules (and their worklets) into a page exactly as the app does in dev, or walk the whole app
// through Vite's /api proxy (pass `apiTarget`, the token server the proxy forwards to).
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

export interface DevServer {
  origin: string;
  close(): Promise<void>;
}

export async function startViteDevServer(opts: { apiTarget?: string } = {}): Promise<DevServer> {
  // vite.config.ts reads the proxy target while createServer loads it; restored right after.
  const before = process.env.MOCKINGBIRD_DEV_API;
  if (opts.apiTarget) process.env.MOCKINGBIRD_DEV_API = opts.apiTarget;
  try {
    const server = await createServer({
      configFile: fileURLToPath(new URL('../../vite.config.ts', import.meta.url)),
      server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false },
      logLevel: 'error',
    });
    await server.listen();
    const address = server.httpServer?.address();
    if (!address || typeof address === 'string') throw new Error('Vite dev server has no TCP address');
    return { origin: `http://127.0.0.1:${address.port}`, close: () => server.close() };
  } finally {
    if (before === undefined) delete process.env.MOCKINGBIRD_DEV_API;
    else process.env.MOCKINGBIRD_DEV_API = before;
  }
}
