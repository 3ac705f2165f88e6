import { defineConfig } from 'playwright/test';
import { DEFAULT_LIVE_MODEL, LIVE_MODEL_PROFILES } from './contracts/models/live-profiles.ts';
import { chromiumLaunchOptions } from './e2e/support/chromium.ts';

/** Every spec on the default Live model; the whole-interview spec also on each other model profile. */
const otherLiveModels = LIVE_MODEL_PROFILES.map((p) => p.id).filter((id) => id !== DEFAULT_LIVE_MODEL);

// End-to-end specs run against the built SPA served by the real token server, with fake Gemini
// and Tavus upstreams started by each spec's fixtures. Debian's Chromium is used: no browser
// download is possible on the build machines.
export default defineConfig<{ liveModel: string | undefined }>({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  timeout: 60_000,
  fullyParallel: false,
  // Two workers fit the 2-core build machines; each spec starts its own fakes and server on free ports.
  workers: 2,
  forbidOnly: true,
  // One retry: a few long specs depend on timing on a loaded 2-core machine (the browser's
  // autoplay window, a fake's pacing). Playwright lists a spec that passed only on retry as
  // "flaky", so it stays visible; a spec that fails twice still fails the run.
  retries: 1,
  reporter: process.env.CI ? 'list' : [['list']],
  outputDir: 'e2e/.artifacts/results',
  use: {
    launchOptions: chromiumLaunchOptions(),
    trace: 'retain-on-failure',
  },
  projects: [
    { name: DEFAULT_LIVE_MODEL },
    ...otherLiveModels.map((model) => ({
      name: model,
      testMatch: '**/e2e/interview.spec.ts',
      grep: /a full interview/,
      use: { liveModel: model },
    })),
  ],
});
