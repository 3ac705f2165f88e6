import { describe, expect, it } from 'vitest';
import type { FeatureStatus } from '../../../contracts/health.ts';
import { createFeatureHealth, type FeatureHealthOptions } from './feature-health.ts';

const OK: FeatureStatus = { ok: true };
const GONE: FeatureStatus = {
  ok: false,
  reason: 'model_unavailable',
  message: 'Gemini has no model x for this key: set GEMINI_LIVE_MODEL.',
};

/** A probe whose next answers a test scripts, counting its calls. */
function scripted(...answers: FeatureStatus[]) {
  const probe = Object.assign(
    () => {
      probe.calls += 1;
      return Promise.resolve(answers.length > 1 ? (answers.shift() ?? OK) : (answers[0] ?? OK));
    },
    { calls: 0 },
  );
  return probe;
}

function makeHealth(probes: FeatureHealthOptions['probes']) {
  const lines: string[] = [];
  const ticks: (() => void)[] = [];
  const health = createFeatureHealth({
    probes,
    log: (line) => lines.push(line),
    now: () => Date.UTC(2026, 11, 4, 23, 0),
    every: (fn) => {
      ticks.push(fn);
      return () => ticks.splice(0);
    },
  });
  return { health, lines, tick: () => ticks.forEach((fn) => fn()) };
}

describe('createFeatureHealth', () => {
  it('reports unconfigured features as not_configured without calling anything', async () => {
    const { health, lines } = makeHealth({});
    const checks = await health.checks();
    expect(checks.live).toMatchObject({
      ok: false,
      reason: 'not_configured',
      message: expect.stringContaining('GEMINI_API_KEY') as unknown,
    });
    expect(checks.avatar).toMatchObject({
      ok: false,
      reason: 'not_configured',
      message: expect.stringContaining('TAVUS_API_KEY') as unknown,
    });
    expect(lines).toEqual([]);
  });

  it('gives report and prep the text model check, stamped with its time', async () => {
    const { health } = makeHealth({ text: scripted(GONE) });
    const checks = await health.checks();
    expect(checks.report).toEqual({ ...GONE, checkedAt: '2026-12-04T23:00:00.000Z' });
    expect(checks.prep).toEqual(checks.report);
  });

  it('serves the cached answer between checks and checks again on each interval', async () => {
    const live = scripted(OK);
    const { health, tick } = makeHealth({ live });
    health.start();
    await health.checks();
    await health.checks();
    expect(live.calls).toBe(1);
    tick();
    await health.checks();
    expect(live.calls).toBe(2);
    health.stop();
  });

  it('joins a check already under way instead of starting another', async () => {
    const live = scripted(OK);
    const { health } = makeHealth({ live });
    await Promise.all([health.refresh(), health.refresh(), health.checks()]);
    expect(live.calls).toBe(1);
  });

  it('logs one plain line when a feature stops working and one when it works again', async () => {
    const { health, lines } = makeHealth({ live: scripted(GONE, GONE, OK) });
    await health.refresh();
    await health.refresh();
    await health.refresh();
    expect(lines).toEqual([
      `Live interviews unavailable (model_unavailable): ${GONE.message}`,
      'Live interviews available again.',
    ]);
  });

  it('turns a probe that throws into upstream_failed rather than a crash', async () => {
    const { health } = makeHealth({ avatar: () => Promise.reject(new Error('boom')) });
    expect((await health.checks()).avatar).toMatchObject({ ok: false, reason: 'upstream_failed' });
  });
});
