import { describe, expect, it } from 'vitest';
import { featureOffSentence, ownerFixSentence } from './feature-notices';

describe('feature notices', () => {
  it('says what is off and why, for the reasons the server gives', () => {
    expect(featureOffSentence('live', 'not_configured')).toBe(
      'Live interviews are off on this server: it has no key for this service.',
    );
    expect(featureOffSentence('report', 'key_rejected')).toBe(
      'Written feedback is off on this server: the service refused the server’s key.',
    );
  });

  it('names every reason the server’s health check gives, and the own-key case', () => {
    for (const reason of [
      'model_unavailable',
      'replica_unavailable',
      'rate_limited',
      'upstream_unreachable',
      'upstream_failed',
      'own_key',
    ]) {
      expect(featureOffSentence('avatar', reason)).toMatch(/^The video interviewer is off on this server: .+\.$/);
    }
  });

  it('still says what is off when the reason is one it does not know', () => {
    expect(featureOffSentence('avatar', 'quota_exceeded')).toBe('The video interviewer is off on this server.');
  });

  it('tells the owner which setting to change', () => {
    expect(ownerFixSentence('live', 'not_configured')).toContain('Set GEMINI_API_KEY');
    expect(ownerFixSentence('avatar', 'key_rejected')).toContain('Replace TAVUS_API_KEY');
    expect(ownerFixSentence('live', 'model_unavailable')).toContain('GEMINI_LIVE_MODEL');
  });
});
