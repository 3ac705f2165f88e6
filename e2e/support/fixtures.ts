import { test as base } from 'playwright/test';
import { chromiumLaunchOptions } from './chromium.ts';
import { type SpeechFixture, type SpeechOptions, speechWav } from './speech.ts';
import { type Stack, type StackOptions, startStack } from './stack.ts';

// Playwright fixtures: every test gets its own back end (fake Gemini, fake Tavus, the real
// token server) and a page whose baseURL is that server. A spec can give Chromium a spoken
// fake microphone with `test.use({ micSpeech: { text: '…' } })` at the top level of the file
// (it is a worker option: each voice needs its own browser). The WAV is made inside the
// worker, because Playwright empties e2e/.artifacts when a run starts, after specs are loaded.

export type MicSpeech = SpeechOptions & { text: string };

interface TestFixtures {
  /** Options for this test's back end; set with `test.use({ stackOptions: … })`. */
  stackOptions: StackOptions;
  /**
   * The Live model the token server is set to (GEMINI_LIVE_MODEL), which switches the fake to
   * that model's profile; undefined keeps the server's default. Set per Playwright project.
   */
  liveModel: string | undefined;
  stack: Stack;
}

interface WorkerFixtures {
  /** What the fake microphone says; undefined gives Chromium's default fake tone. */
  micSpeech: MicSpeech | undefined;
  /** The WAV the microphone plays, to compare with what the fake Gemini heard. */
  micFixture: SpeechFixture | undefined;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  micSpeech: [undefined, { scope: 'worker', option: true }],
  micFixture: [
    async ({ micSpeech }, use) => {
      await use(micSpeech ? speechWav(micSpeech.text, micSpeech) : undefined);
    },
    { scope: 'worker' },
  ],
  launchOptions: [
    async ({ micFixture }, use) => {
      await use(chromiumLaunchOptions(micFixture?.path));
    },
    { scope: 'worker' },
  ],
  stackOptions: [{}, { option: true }],
  liveModel: [undefined, { option: true }],
  stack: async ({ stackOptions, liveModel }, use, testInfo) => {
    const env = liveModel ? { ...stackOptions.env, GEMINI_LIVE_MODEL: liveModel } : stackOptions.env;
    const stack = await startStack({ ...stackOptions, ...(env ? { env } : {}) });
    try {
      await use(stack);
    } finally {
      if (testInfo.status !== testInfo.expectedStatus)
        await testInfo.attach('token-server.log', { body: stack.serverOutput(), contentType: 'text/plain' });
      await stack.stop();
    }
  },
  baseURL: async ({ stack }, use) => {
    await use(stack.baseUrl);
  },
});

export { expect } from 'playwright/test';
