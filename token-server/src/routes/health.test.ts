import { describe, expect, it } from 'vitest';
import { fakeAvatar, fakeMinter, fakeReportWriter, makeTestApp } from '../testing/fixtures.ts';

describe('GET /api/health', () => {
  it('reports every feature off when nothing is configured', async () => {
    const res = await makeTestApp().request('/api/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      ok: true,
      features: { live: false, avatar: false, report: false },
      version: '9.9.9',
      store: { backend: 'memory', ok: true },
    });
  });

  it('reports the features whose upstreams exist', async () => {
    const app = makeTestApp({ live: fakeMinter(), report: fakeReportWriter(), avatar: fakeAvatar() });
    expect(await (await app.request('/api/health')).json()).toMatchObject({ features: { live: true, avatar: true, report: true } });
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
