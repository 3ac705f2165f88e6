import { describe, expect, it } from 'vitest';
import type { HealthChecks } from '../../../contracts/health.ts';
import { fakeAvatar, fakeMinter, fakeReportWriter, makeTestApp } from '../testing/fixtures.ts';

const notConfigured = { ok: false, reason: 'not_configured' };

describe('GET /api/health', () => {
  it('reports every feature off, and why, when nothing is configured', async () => {
    const res = await makeTestApp().request('/api/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      ok: true,
      features: { live: notConfigured, report: notConfigured, prep: notConfigured, avatar: notConfigured },
      version: '9.9.9',
      store: { backend: 'memory', ok: true },
    });
  });

  it('reports the features whose upstreams exist when no checks are wired in', async () => {
    const app = makeTestApp({ live: fakeMinter(), report: fakeReportWriter(), avatar: fakeAvatar() });
    expect(await (await app.request('/api/health')).json()).toMatchObject({
      features: { live: { ok: true }, report: { ok: true }, avatar: { ok: true }, prep: notConfigured },
    });
  });

  it('reports what the upstream checks found', async () => {
    const gone = {
      ok: false,
      reason: 'model_unavailable',
      message: 'Gemini has no model gemini-2.5-flash for this key: set GEMINI_REPORT_MODEL to a current model.',
    } as const;
    const checks: HealthChecks = {
      live: { ok: true },
      report: gone,
      prep: gone,
      avatar: { ok: false, reason: 'key_rejected', message: "Tavus refused the server's key: check TAVUS_API_KEY." },
      voiceSample: { ok: true },
    };
    const app = makeTestApp({
      live: fakeMinter(),
      report: fakeReportWriter(),
      avatar: fakeAvatar(),
      health: () => Promise.resolve(checks),
    });
    const body = (await (await app.request('/api/health')).json()) as { features: unknown };
    expect(body.features).toEqual(checks);
  });

  it('needs no access code, so the app can learn what the server offers first', async () => {
    const res = await makeTestApp({ env: { ACCESS_CODE: 'sesame' } }).request('/api/health');
    expect(res.status).toBe(200);
  });

  it('is not rate limited', async () => {
    const app = makeTestApp({ env: { RATE_LIMIT_PER_MINUTE: '1' } });
    for (let i = 0; i < 5; i++) expect((await app.request('/api/health')).status).toBe(200);
  });
});
