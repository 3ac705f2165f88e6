/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import solid from 'vite-plugin-solid';

// The SPA lives in web/, static assets in public/, and the build lands in dist/web where the
// token server serves it from. In dev, /api goes to the token server (8787, or
// MOCKINGBIRD_DEV_API for a test that runs its own server).
const devApiTarget = process.env.MOCKINGBIRD_DEV_API ?? 'http://127.0.0.1:8787';
const FUZZ_SETUP = ['scripts/fuzz-setup.ts'];

export default defineConfig({
  root: 'web',
  publicDir: '../public',
  plugins: [solid()],
  // Module workers as ES modules (the voice-activity worker is created with type 'module');
  // the worklets bundled through `?worker&url` are ES modules too, which addModule() expects.
  worker: { format: 'es' },
  // Every `from 'zod'` in the browser build gets zod in jitless mode (web/src/lib/zod-without-eval.ts).
  resolve: {
    alias: [
      { find: /^zod$/, replacement: fileURLToPath(new URL('./web/src/lib/zod-without-eval.ts', import.meta.url)) },
    ],
  },
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    // Browsers without <link rel="modulepreload"> (Safari before 17) still run the app, only
    // without preloading; the polyfill would cost every first visit half a KB.
    modulePreload: { polyfill: false },
  },
  // The dev server's first dependency scan starts from index.html and does not follow workers,
  // so a package imported only inside one (onnxruntime-web in the voice-activity worker) was
  // found when the room first opened: Vite bundled its dependencies again and reloaded the page
  // mid-start (the dev tour's room never appeared). The workers are scan entries too.
  optimizeDeps: { entries: ['index.html', 'src/**/*.worker.ts'] },
  server: {
    port: 5173,
    // changeOrigin stays false so the server sees the Host the browser used (Vite's own): its
    // same-site check compares Origin with Host, and its loopback guard reads Host too. The
    // string shorthand would rewrite Host to 127.0.0.1:8787 and every POST would be refused.
    proxy: { '/api': { target: devApiTarget, changeOrigin: false } },
  },
  test: {
    root: '.',
    // vite-plugin-solid defaults the test environment to jsdom; every test here runs in Node.
    environment: 'node',
    // Two projects: browser code runs with the Solid plugin (which adds the "browser" resolve
    // condition); server and fake code runs without it, so @google/genai resolves to its Node
    // build exactly as in production. Both load the fast-check settings (fixed seed, run count).
    projects: [
      {
        extends: true,
        test: {
          name: 'web',
          root: '.',
          include: ['web/src/**/*.test.ts'],
          environment: 'node',
          setupFiles: FUZZ_SETUP,
        },
      },
      {
        plugins: [],
        test: {
          name: 'node',
          root: '.',
          include: [
            'contracts/**/*.test.ts',
            'token-server/src/**/*.test.ts',
            'e2e/fakes/**/*.test.ts',
            'e2e/shared-store/**/*.test.ts',
            'bench/**/*.test.ts',
            'scripts/**/*.test.ts',
            'eval/**/*.test.ts',
          ],
          environment: 'node',
          setupFiles: FUZZ_SETUP,
        },
      },
    ],
  },
});
