import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from './config.ts';

function problemsOf(env: Record<string, string>): string {
  try {
    parseConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err.message;
    throw err;
  }
  throw new Error('expected a ConfigError');
}

describe('parseConfig', () => {
  // Literal values, not the exported constants: comparing a constant with itself proves nothing,
  // and these are the values the README and .env.example document.
  it('gives the documented defaults for an empty environment', () => {
    const config = parseConfig({});
    expect(config).toEqual({
      gemini: { apiKey: undefined, baseUrl: undefined, liveModel: 'gemini-3.8-live', reportModel: 'gemini-3.8-flash' },
      tavus: { apiKey: undefined, baseUrl: 'https://tavusapi.com', replicaId: 'rfe12d8b9597', personaId: undefined },
      host: '127.0.0.1',
      port: 8787,
      allowedOrigins: [],
      accessCode: undefined,
      rateLimitPerMinute: 10,
      trustProxy: false,
      staticDir: undefined,
      redisUrl: undefined,
    });
  });

  it('treats empty values, as in a freshly copied .env.example, as unset', () => {
    const config = parseConfig({ GEMINI_API_KEY: '', TAVUS_API_KEY: '  ', PORT: '', ACCESS_CODE: '' });
    expect(config.gemini.apiKey).toBeUndefined();
    expect(config.tavus.apiKey).toBeUndefined();
    expect(config.port).toBe(8787);
    expect(config.accessCode).toBeUndefined();
  });

  it('reads every setting and normalises URLs and origins', () => {
    const config = parseConfig({
      GEMINI_API_KEY: 'g-key',
      GEMINI_API_BASE_URL: 'http://127.0.0.1:9000/',
      GEMINI_LIVE_MODEL: 'live-x',
      GEMINI_REPORT_MODEL: 'report-y',
      TAVUS_API_KEY: 't-key',
      TAVUS_API_BASE_URL: 'http://127.0.0.1:9001',
      TAVUS_REPLICA_ID: 'r1',
      TAVUS_PERSONA_ID: 'p1',
      HOST: '0.0.0.0',
      PORT: '0',
      ALLOWED_ORIGINS: 'https://a.example, https://b.example:8443/',
      ACCESS_CODE: 'sesame',
      RATE_LIMIT_PER_MINUTE: '3',
      TRUST_PROXY: 'true',
      STATIC_DIR: '/srv/web',
      REDIS_URL: 'redis://127.0.0.1:6379/2',
    });
    expect(config.gemini).toEqual({
      apiKey: 'g-key',
      baseUrl: 'http://127.0.0.1:9000',
      liveModel: 'live-x',
      reportModel: 'report-y',
    });
    expect(config.tavus).toEqual({
      apiKey: 't-key',
      baseUrl: 'http://127.0.0.1:9001',
      replicaId: 'r1',
      personaId: 'p1',
    });
    expect(config.port).toBe(0);
    expect(config.allowedOrigins).toEqual(['https://a.example', 'https://b.example:8443']);
    expect(config.rateLimitPerMinute).toBe(3);
    expect(config.trustProxy).toBe(true);
    expect(config.staticDir).toBe('/srv/web');
    expect(config.redisUrl).toBe('redis://127.0.0.1:6379/2');
  });

  it.each([
    ['PORT', 'abc', 'PORT: must be a whole number from 0 to 65535'],
    ['PORT', '70000', 'PORT: must be at most 65535'],
    ['RATE_LIMIT_PER_MINUTE', '-1', 'RATE_LIMIT_PER_MINUTE: must be a whole number from 1 to 10000'],
    ['RATE_LIMIT_PER_MINUTE', '0', 'RATE_LIMIT_PER_MINUTE: must be at least 1'],
    ['GEMINI_API_BASE_URL', 'ftp://x', 'GEMINI_API_BASE_URL: must be an http:// or https:// URL'],
    ['ALLOWED_ORIGINS', 'https://a.example/app', 'ALLOWED_ORIGINS.0: must list origins only'],
    ['TRUST_PROXY', 'maybe', 'TRUST_PROXY: must be true or false'],
    ['REDIS_URL', 'http://127.0.0.1:6379', 'REDIS_URL: must be a redis:// or rediss:// URL'],
  ])('rejects %s=%s with a message that names the setting', (name, value, expected) => {
    expect(problemsOf({ [name]: value })).toContain(expected);
  });

  it('lists every bad setting at once', () => {
    const message = problemsOf({ PORT: 'abc', RATE_LIMIT_PER_MINUTE: '-1' });
    expect(message).toContain('PORT');
    expect(message).toContain('RATE_LIMIT_PER_MINUTE');
  });

  it('never repeats a value in its message, so a mistyped key is not printed to logs', () => {
    const message = problemsOf({ TAVUS_API_BASE_URL: 'not a url with secret-123' });
    expect(message).not.toContain('secret-123');
  });
});
