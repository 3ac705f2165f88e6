import { FAKE_GEMINI_KEY, type FakeGemini, type FakeGeminiOptions, startFakeGemini } from '../fakes/fake-gemini.ts';
import { FAKE_TAVUS_KEY, type FakeTavus, type FakeTavusOptions, startFakeTavus } from '../fakes/fake-tavus.ts';
import { freePort, TokenServerProcess } from './token-server-process.ts';

// The whole back end for an e2e test: fake Gemini and fake Tavus on loopback, and the real
// token server pointed at them with dummy keys.

export interface StackOptions {
  gemini?: FakeGeminiOptions;
  tavus?: FakeTavusOptions;
  /** Leave GEMINI_API_KEY unset, so live interviews and reports are reported unavailable. */
  withoutGemini?: boolean;
  /** Leave TAVUS_API_KEY unset, so the avatar is reported unavailable. */
  withoutTavus?: boolean;
  accessCode?: string;
  /** Any other server settings (RATE_LIMIT_PER_MINUTE, ALLOWED_ORIGINS, TAVUS_PERSONA_ID…). */
  env?: Record<string, string>;
}

export interface Stack {
  /** The token server, which also serves the built SPA from dist/web. */
  baseUrl: string;
  gemini: FakeGemini;
  tavus: FakeTavus;
  /** The server's recent output, for failure messages. */
  serverOutput(): string;
  /** Stops and starts the token server on the same port (a deploy or crash mid-interview). */
  restartServer(): Promise<void>;
  stop(): Promise<void>;
}

function serverEnv(opts: StackOptions, gemini: FakeGemini, tavus: FakeTavus): Record<string, string> {
  return {
    GEMINI_API_KEY: opts.withoutGemini ? '' : (opts.gemini?.apiKey ?? FAKE_GEMINI_KEY),
    GEMINI_API_BASE_URL: gemini.url,
    TAVUS_API_KEY: opts.withoutTavus ? '' : (opts.tavus?.apiKey ?? FAKE_TAVUS_KEY),
    TAVUS_API_BASE_URL: tavus.url,
    ACCESS_CODE: opts.accessCode ?? '',
    // e2e suites make many calls from one client; the limit itself has its own tests.
    RATE_LIMIT_PER_MINUTE: '1000',
    ...opts.env,
  };
}

export async function startStack(opts: StackOptions = {}): Promise<Stack> {
  const gemini = await startFakeGemini(opts.gemini);
  const tavus = await startFakeTavus(opts.tavus);
  const server = new TokenServerProcess(await freePort(), serverEnv(opts, gemini, tavus));
  const closeFakes = async (): Promise<void> => {
    await Promise.all([gemini.close(), tavus.close()]);
  };
  try {
    await server.start();
  } catch (err) {
    await closeFakes();
    throw err;
  }
  return {
    baseUrl: server.baseUrl,
    gemini,
    tavus,
    serverOutput: () => server.output(),
    restartServer: async () => {
      await server.stop();
      await server.start();
    },
    // The server goes first: on shutdown it ends its Tavus conversations through the fake.
    stop: async () => {
      await server.stop();
      await closeFakes();
    },
  };
}
