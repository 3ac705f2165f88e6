/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import solid from 'vite-plugin-solid';

// The SPA lives in web/, static assets in public/, and the build lands in dist/web where the
// token server serves it from. In dev, /api goes to the token server on 8787.
export default defineConfig({
  root: 'web',
  publicDir: '../public',
  plugins: [solid()],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
  },
  server: {
    port: 5173,
    proxy: { '/api': 'http://127.0.0.1:8787' },
  },
  test: {
    root: '.',
    // vite-plugin-solid defaults the test environment to jsdom; every test here runs in Node.
    environment: 'node',
    // Two projects: browser code runs with the Solid plugin (which adds the "browser" resolve
    // condition); server and fake code runs without it, so @google/genai resolves to its Node
    // build exactly as in production.
    projects: [
      {
        extends: true,
        test: { name: 'web', root: '.', include: ['web/src/**/*.test.ts'], environment: 'node' },
      },
      {
        plugins: [],
        test: {
          name: 'node',
          root: '.',
          include: ['contracts/**/*.test.ts', 'token-server/src/**/*.test.ts', 'e2e/fakes/**/*.test.ts', 'bench/**/*.test.ts'],
          environment: 'node',
        },
      },
    ],
  },
});
