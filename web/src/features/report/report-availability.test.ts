import { describe, expect, it } from 'vitest';
import { reportOffReason } from './report-availability';

const health = (features: Record<string, unknown>) => ({
  health: () => Promise.resolve({ ok: true, version: '1', features }),
});

describe('reportOffReason', () => {
  it('gives the server’s reason when reports are off while live interviews are on', async () => {
    await expect(
      reportOffReason(health({ live: { ok: true }, report: { ok: false, reason: 'model_unavailable' } })),
    ).resolves.toBe('model_unavailable');
  });

  it('says nothing when reports are on', async () => {
    await expect(reportOffReason(health({ live: { ok: true }, report: { ok: true } }))).resolves.toBeUndefined();
  });

  it('says nothing when the health check itself fails, so the report is still asked for', async () => {
    await expect(reportOffReason({ health: () => Promise.reject(new Error('offline')) })).resolves.toBeUndefined();
  });
});
