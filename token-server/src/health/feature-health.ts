import { notConfigured, type FeatureStatus, type HealthChecks } from '../../../contracts/health.ts';
import type { Log } from '../http/error-response.ts';
import type { Probe } from '../upstream/upstream-probes.ts';

// Whether each feature works right now, from the probes in upstream-probes.ts: run at start,
// then every few minutes, and cached in between so /api/health never waits on an upstream
// (except for the very first answer, which waits for the first check). A feature that stops
// working, or works again, gets one plain log line.

export const CHECK_INTERVAL_MS = 5 * 60_000;
export const CHECK_DEADLINE_MS = 8_000;

/** The Gemini text probe serves both the report and the preparation pack. */
export interface FeatureProbes {
  live?: Probe;
  text?: Probe;
  avatar?: Probe;
}

export interface FeatureHealthOptions {
  probes: FeatureProbes;
  log: Log;
  intervalMs?: number;
  deadline?: (ms: number) => AbortSignal;
  now?: () => number;
  /** Runs `fn` every `ms`; returns a stop function. Tests pass their own. */
  every?: (fn: () => void, ms: number) => () => void;
}

export interface FeatureHealth {
  /** The latest checks; waits only when none has finished yet. */
  checks(): Promise<HealthChecks>;
  /** Checks now (joins a check already under way). */
  refresh(): Promise<HealthChecks>;
  /** First check now, then one every interval. */
  start(): void;
  stop(): void;
}

const LABELS = { live: 'Live interviews', report: 'Reports and preparation packs', avatar: 'The avatar' } as const;

export function createFeatureHealth(opts: FeatureHealthOptions): FeatureHealth {
  const deadline = opts.deadline ?? ((ms) => AbortSignal.timeout(ms));
  const now = opts.now ?? Date.now;
  const every = opts.every ?? defaultEvery;
  let latest: HealthChecks | undefined;
  let running: Promise<HealthChecks> | undefined;
  let stopTimer: (() => void) | undefined;

  async function run(probe: Probe | undefined, unconfigured: FeatureStatus): Promise<FeatureStatus> {
    if (!probe) return unconfigured;
    const status = await probe(deadline(CHECK_DEADLINE_MS)).catch((): FeatureStatus => unexpected());
    return { ...status, checkedAt: new Date(now()).toISOString() };
  }

  async function check(): Promise<HealthChecks> {
    const [live, text, avatar] = await Promise.all([
      run(opts.probes.live, notConfigured('Live interviews', 'GEMINI_API_KEY')),
      run(opts.probes.text, notConfigured('Reports', 'GEMINI_API_KEY')),
      run(opts.probes.avatar, notConfigured('The avatar', 'TAVUS_API_KEY')),
    ]);
    // Voice samples are made by the Live model with the same key: they work when live does.
    const next: HealthChecks = { live, report: text, prep: text, avatar, voiceSample: live };
    logChanges(opts.log, latest, next);
    latest = next;
    return next;
  }

  function refresh(): Promise<HealthChecks> {
    running ??= check().finally(() => {
      running = undefined;
    });
    return running;
  }

  return {
    checks: () => (latest ? Promise.resolve(latest) : refresh()),
    refresh,
    start() {
      void refresh();
      stopTimer ??= every(() => void refresh(), opts.intervalMs ?? CHECK_INTERVAL_MS);
    },
    stop() {
      stopTimer?.();
      stopTimer = undefined;
    },
  };
}

function unexpected(): FeatureStatus {
  return {
    ok: false,
    reason: 'upstream_failed',
    message: 'The check of this feature failed unexpectedly: see the server log.',
  };
}

/** One line per feature whose state changed; unconfigured features are in the startup line. */
function logChanges(log: Log, before: HealthChecks | undefined, after: HealthChecks): void {
  for (const name of ['live', 'report', 'avatar'] as const) {
    const was = before?.[name];
    const is = after[name];
    if (!is.ok && is.reason !== 'not_configured' && (was?.ok !== false || was.reason !== is.reason)) {
      log(`${LABELS[name]} unavailable (${is.reason}): ${is.message}`);
    }
    if (is.ok && was && !was.ok && was.reason !== 'not_configured') log(`${LABELS[name]} available again.`);
  }
}

function defaultEvery(fn: () => void, ms: number): () => void {
  const timer = setInterval(fn, ms);
  timer.unref();
  return () => clearInterval(timer);
}
