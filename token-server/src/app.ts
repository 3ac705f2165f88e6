import { Hono } from 'hono';
import type { Config } from './config.ts';
import { requireAccessCode } from './http/access-code.ts';
import { chargeRefusedCodes } from './http/guess-budget.ts';
import { apiErrors } from './http/api-error.ts';
import { makeErrorHandler, type Log } from './http/error-response.ts';
import { corsForAllowedOrigins, rejectForeignOrigins, rejectRebindingHosts } from './http/origin-policy.ts';
import { limitPerClient, type ClientKey } from './http/rate-limit.ts';
import { readBeaconBody } from './http/request-body.ts';
import { noStore } from './http/no-store.ts';
import { rejectMalformedHost } from './http/request-host.ts';
import { securityHeaders } from './http/security-headers.ts';
import { avatarRoutes, type AvatarService } from './routes/avatar.ts';
import { configuredOnly, healthRoutes, type HealthSource } from './routes/health.ts';
import { liveTokenRoutes } from './routes/live-token.ts';
import { prepRoutes } from './routes/prep.ts';
import { reportRoutes } from './routes/report.ts';
import { voiceSampleRoutes } from './routes/voice-sample.ts';
import { inOrder, type RouteKit } from './routes/route-kit.ts';
import { serveSpa } from './routes/spa.ts';
import { memorySharedStore, type SharedStore } from './shared-store.ts';
import type { LiveTokenMinter, ReportWriter } from './upstream/gemini.ts';
import type { PrepWriter } from './prep/gemini-prep-writer.ts';
import type { VoiceSampler } from './voice-sample/gemini-voice-sampler.ts';

export interface AppDeps {
  config: Pick<Config, 'allowedOrigins' | 'accessCode' | 'rateLimitPerMinute' | 'host' | 'trustProxy'> & {
    gemini: { baseUrl?: string };
  };
  version: string;
  /** Identifies the client for rate limiting (tests pass their own; index.ts uses the socket). */
  clientKey: ClientKey;
  /** Each upstream is optional: without it, its routes answer 503 "not configured". */
  live?: LiveTokenMinter;
  report?: ReportWriter;
  prep?: PrepWriter;
  avatar?: AvatarService;
  /** Makes the setup's voice samples through the Live model. */
  voiceSample?: VoiceSampler;
  /** The latest upstream checks for /api/health; without it, configured features count as working. */
  health?: HealthSource;
  /** The built SPA; without it only the API is served. */
  staticDir?: string;
  /** Deadline for one upstream call; tests pass signals they control. */
  deadline?: (ms: number) => AbortSignal;
  log?: Log;
  /** Where rate limits are counted, and what health says about it; this instance's memory when absent. */
  sharedStore?: Pick<SharedStore, 'rateLimitStore' | 'report'>;
}

/**
 * Ends are cheap and must get through when a tab closes, even right after a burst of paid calls,
 * so they get their own, larger budget; it still slows anyone guessing the access code.
 */
const END_BUDGET_FACTOR = 3;

function makeRouteKit(deps: AppDeps): RouteKit {
  const { accessCode, rateLimitPerMinute } = deps.config;
  const store = deps.sharedStore ?? memorySharedStore();
  const paidBudget = limitPerClient({
    perMinute: rateLimitPerMinute,
    clientKey: deps.clientKey,
    prefix: 'paid',
    store: store.rateLimitStore(),
  });
  return {
    paidGate: inOrder(paidBudget, requireAccessCode({ expected: accessCode })),
    accessOrBeaconBody: chargeRefusedCodes(
      paidBudget,
      requireAccessCode({ expected: accessCode, readBodyCode: async (c) => (await readBeaconBody(c)).accessCode }),
    ),
    endLimit: limitPerClient({
      perMinute: rateLimitPerMinute * END_BUDGET_FACTOR,
      clientKey: deps.clientKey,
      prefix: 'end',
      store: store.rateLimitStore(),
    }),
    deadline: deps.deadline ?? ((ms) => AbortSignal.timeout(ms)),
  };
}

/** Builds the HTTP app from its dependencies. Tests call app.request() on the result. */
export function createApp(deps: AppDeps): Hono {
  const app = new Hono();
  app.onError(makeErrorHandler(deps.log ?? ((line) => console.error(line))));
  app.notFound((c) =>
    c.req.path === '/api' || c.req.path.startsWith('/api/')
      ? c.json({ error: { code: 'not_found', message: apiErrors.notFound().message } }, 404)
      : c.text('Not found', 404),
  );

  app.use('*', securityHeaders(deps.config.gemini.baseUrl), rejectMalformedHost);
  const { allowedOrigins, host, trustProxy } = deps.config;
  app.use(
    '/api/*',
    noStore,
    corsForAllowedOrigins(allowedOrigins),
    rejectForeignOrigins(allowedOrigins),
    rejectRebindingHosts({ listenHost: host, trustProxy }),
  );

  const kit = makeRouteKit(deps);
  const configured = {
    live: Boolean(deps.live),
    report: Boolean(deps.report),
    prep: Boolean(deps.prep),
    avatar: Boolean(deps.avatar),
    voiceSample: Boolean(deps.voiceSample),
  };
  const store = (deps.sharedStore ?? memorySharedStore()).report;
  app.route('/api/health', healthRoutes(deps.health ?? configuredOnly(configured), deps.version, store));
  app.route('/api/live', liveTokenRoutes(kit, deps.live));
  app.route('/api/avatar', avatarRoutes(kit, deps.avatar));
  app.route('/api/report', reportRoutes(kit, deps.report));
  app.route('/api/prep', prepRoutes(kit, deps.prep));
  app.route('/api/voice-sample', voiceSampleRoutes(kit, deps.voiceSample));
  app.all('/api/*', () => {
    throw apiErrors.notFound();
  });

  if (deps.staticDir) serveSpa(app, deps.staticDir);
  return app;
}
