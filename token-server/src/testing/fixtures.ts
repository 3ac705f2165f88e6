import type { Hono } from 'hono';
import { createApp, type AppDeps } from '../app.ts';
import { createConversationRegistry, type MemoryConversationRegistry } from '../avatar/conversation-registry.ts';
import { parseConfig, type Config } from '../config.ts';
import { sampleReport } from '../../../contracts/testing/sample-report.ts';
import type { Report } from '../../../contracts/report-schema.ts';
import type { AvatarService } from '../routes/avatar.ts';
import type { LiveToken, LiveTokenMinter, LiveTokenRequest, ReportWriter } from '../upstream/gemini.ts';
import type { AvatarUpstream, NewConversation } from '../upstream/tavus.ts';

// Shared fakes for the token-server tests: an app with every side effect replaced, and
// upstreams that record what they were asked.

export const CLIENT_HEADER = 'x-test-client';

export function testConfig(env: Record<string, string> = {}): Config {
  return parseConfig(env);
}

export function makeTestApp(overrides: Partial<AppDeps> & { env?: Record<string, string> } = {}): Hono {
  const { env, ...deps } = overrides;
  return createApp({
    config: testConfig(env),
    version: '9.9.9',
    clientKey: (c) => c.req.header(CLIENT_HEADER) ?? 'client-1',
    log: () => undefined,
    ...deps,
  });
}

export function jsonPost(body: unknown, headers: Record<string, string> = {}): RequestInit {
  return { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) };
}

export async function errorOf(res: Response): Promise<{ code: string; message: string }> {
  const body = (await res.json()) as { error: { code: string; message: string } };
  return body.error;
}

export function fakeMinter(calls: LiveTokenRequest[] = []): LiveTokenMinter {
  return {
    mint: (req) => {
      calls.push(req);
      const token: LiveToken = {
        token: 'auth_tokens/fake',
        expiresAt: '2030-01-01T00:00:00.000Z',
        model: 'live-model',
        apiVersion: 'v1alpha',
      };
      return Promise.resolve(token);
    },
  };
}

export { sampleReport };

export function fakeReportWriter(report: Report = sampleReport): ReportWriter {
  return { write: () => Promise.resolve(report) };
}

export interface FakeAvatar extends AvatarService {
  registry: MemoryConversationRegistry;
  created: NewConversation[];
  ended: string[];
  /** Timers the registry set, in order; call `fire` to run one. */
  timers: { ms: number; fire: () => void; cancelled: boolean }[];
}

export function fakeAvatar(upstreamOverrides: Partial<AvatarUpstream> = {}): FakeAvatar {
  const created: NewConversation[] = [];
  const ended: string[] = [];
  const timers: FakeAvatar['timers'] = [];
  const upstream: AvatarUpstream = {
    createConversation: (req) => {
      created.push(req);
      const n = created.length;
      return Promise.resolve({ conversationId: `c${n}`, conversationUrl: `https://tavus.daily.co/c${n}` });
    },
    endConversation: (id) => {
      ended.push(id);
      return Promise.resolve();
    },
    ...upstreamOverrides,
  };
  const registry = createConversationRegistry({
    endConversation: (id) => upstream.endConversation(id, new AbortController().signal),
    setTimer: (fn, ms) => {
      const timer = { ms, fire: fn, cancelled: false };
      timers.push(timer);
      return () => {
        timer.cancelled = true;
      };
    },
  });
  return { upstream, registry, created, ended, timers };
}

/** A fetch like the real one on a dead network: never answers, rejects once its signal aborts. */
export const hangingFetch: typeof fetch = (_input, init) =>
  new Promise((_resolve, reject) => {
    const signal = init?.signal;
    const fail = () => reject(signal?.reason instanceof Error ? signal.reason : new Error('aborted'));
    if (signal?.aborted) fail();
    signal?.addEventListener('abort', fail);
  });
