import { defineConfig } from 'playwright/test';
import { chromiumLaunchOptions } from './e2e/support/chromium.ts';

// End-to-end specs run against the built SPA served by the real token server, with fake Gemini
// and Tavus upstreams started by each spec's fixtures. Debian's Chromium is used: no browser
// download is possible on the build machines.
export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  timeout: 60_000,
  fullyParallel: false,
  // Two workers fit the 2-core build machines; each spec starts its own fakes and server on free ports.
  workers: 2,
  forbidOnly: true,
  retries: 0,
  reporter: process.env.CI ? 'list' : [['list']],
  outputDir: 'e2e/.artifacts/results',
  use: {
    launchOptions: chromiumLaunchOptions(),
    trace: 'retain-on-failure',
  },
});
