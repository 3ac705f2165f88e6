import { describe, expect, it } from 'vitest';
import { readServerFeatures } from './feature-status';

describe('readServerFeatures', () => {
  it('reads the first shape, where off can only mean not configured', () => {
    expect(
      readServerFeatures({ ok: true, features: { live: true, avatar: false, report: true }, version: '1' }),
    ).toEqual({
      live: { ok: true },
      avatar: { ok: false, reason: 'not_configured' },
      report: { ok: true },
      voiceSample: { ok: false, reason: 'unknown' },
    });
  });

  it('reads the per-feature shape with its reasons', () => {
    const health = {
      ok: true,
      features: {
        live: { ok: false, reason: 'key_rejected' },
        avatar: { ok: true },
        report: { ok: false, reason: 'model_unavailable' },
        voiceSample: { ok: false, reason: 'key_rejected' },
      },
    };
    expect(readServerFeatures(health)).toEqual({
      live: { ok: false, reason: 'key_rejected' },
      avatar: { ok: true },
      report: { ok: false, reason: 'model_unavailable' },
      voiceSample: { ok: false, reason: 'key_rejected' },
    });
  });

  it('counts a missing or malformed feature as off for an unknown reason', () => {
    expect(readServerFeatures({ features: { live: 'yes', avatar: { ok: false } } })).toEqual({
      live: { ok: false, reason: 'unknown' },
      avatar: { ok: false, reason: 'unknown' },
      report: { ok: false, reason: 'unknown' },
      voiceSample: { ok: false, reason: 'unknown' },
    });
    const off = { ok: false, reason: 'unknown' };
    expect(readServerFeatures('not json')).toEqual({ live: off, avatar: off, report: off, voiceSample: off });
  });
});
