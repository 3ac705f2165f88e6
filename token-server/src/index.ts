import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { createApp } from './app.ts';

// The only place the environment is read.
const port = Number(process.env.PORT ?? 8787);
const hostname = process.env.HOST ?? '127.0.0.1';
const app = createApp({
  features: {
    live: Boolean(process.env.GEMINI_API_KEY),
    avatar: Boolean(process.env.TAVUS_API_KEY),
    report: Boolean(process.env.GEMINI_API_KEY),
  },
  version: '0.1.0',
  serveSpa: (a) => {
    a.use('/*', serveStatic({ root: './dist/web' }));
    a.get('/*', serveStatic({ path: './dist/web/index.html' }));
  },
});
serve({ fetch: app.fetch, port, hostname }, (info) => {
  console.log(`Mockingbird listening on http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${info.port}`);
});
