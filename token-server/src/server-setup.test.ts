import { describe, expect, it } from 'vitest';
import { parseConfig } from './config.ts';
import { buildProbes, buildServices, displayUrl, modelWarnings, startupLine } from './server-setup.ts';

describe('buildServices', () => {
  it('switches on only what has a key', () => {
    expect(buildServices(parseConfig({}), () => undefined)).toEqual({});
    const gemini = buildServices(parseConfig({ GEMINI_API_KEY: 'g' }), () => undefined);
    expect(Object.keys(gemini).sort()).toEqual(['live', 'prep', 'report', 'voiceSample']);
    const tavus = buildServices(parseConfig({ TAVUS_API_KEY: 't' }), () => undefined);
    expect(Object.keys(tavus)).toEqual(['avatar']);
  });
});

describe('buildProbes', () => {
  it('checks the Live and text models with a Gemini key and the replica with a Tavus key', () => {
    expect(buildProbes(parseConfig({}))).toEqual({});
    expect(Object.keys(buildProbes(parseConfig({ GEMINI_API_KEY: 'g', TAVUS_API_KEY: 't' }))).sort()).toEqual([
      'avatar',
      'live',
      'text',
    ]);
  });
});

describe('modelWarnings', () => {
  it('says nothing for the defaults', () => {
    const { gemini } = parseConfig({});
    expect(modelWarnings(gemini)).toEqual([]);
  });

  it('warns once per untested or shut-down model', () => {
    const { gemini } = parseConfig({ GEMINI_LIVE_MODEL: 'gemini-9-live', GEMINI_REPORT_MODEL: 'gemini-2.5-flash' });
    expect(modelWarnings(gemini)).toEqual([
      'Live model gemini-9-live is untested with Mockingbird; its setup is limited to fields every known model accepts.',
      'Report model gemini-2.5-flash has been shut down by Google; set GEMINI_REPORT_MODEL=gemini-3.8-flash.',
    ]);
  });
});

describe('startupLine', () => {
  it('says where to go and what is on, and never prints a key or the access code', () => {
    const config = parseConfig({
      GEMINI_API_KEY: 'g-secret',
      ACCESS_CODE: 'door-secret',
      ALLOWED_ORIGINS: 'https://a.example',
    });
    const services = buildServices(config, () => undefined);
    const line = startupLine({
      url: 'http://127.0.0.1:8787',
      version: '1.2.3',
      services,
      config,
      webDir: '/app/dist/web',
    });
    expect(line).toContain('Mockingbird 1.2.3 on http://127.0.0.1:8787');
    expect(line).toContain('live interviews on');
    expect(line).toContain('avatar off');
    expect(line).toContain('access code required');
    expect(line).toContain('https://a.example');
    expect(line).not.toContain('g-secret');
    expect(line).not.toContain('door-secret');
  });

  it('says when limits and conversations are shared in Redis, without printing its URL or password', () => {
    const config = parseConfig({ REDIS_URL: 'redis://:store-secret@redis.internal:6379' });
    const line = startupLine({ url: 'u', version: 'v', services: {}, config });
    expect(line).toContain('limits and conversations shared in Redis');
    expect(line).not.toContain('store-secret');
    expect(line).not.toContain('redis.internal');
    expect(startupLine({ url: 'u', version: 'v', services: {}, config: parseConfig({}) })).not.toContain('Redis');
  });

  it('says when the web app has not been built', () => {
    const config = parseConfig({});
    expect(startupLine({ url: 'u', version: 'v', services: {}, config })).toContain('web app not built');
  });
});

describe('displayUrl', () => {
  it('shows a clickable address for wildcard and IPv6 hosts', () => {
    expect(displayUrl('0.0.0.0', 8787)).toBe('http://localhost:8787');
    expect(displayUrl('::1', 8787)).toBe('http://[::1]:8787');
    expect(displayUrl('127.0.0.1', 0)).toBe('http://127.0.0.1:0');
  });
});
