import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf, makeTestApp } from '../testing/fixtures.ts';

// A throwaway build folder with a secret file next to it (outside it) that must stay unreachable.
let root = '';
let web = '';

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'mockingbird-spa-'));
  web = join(root, 'web');
  mkdirSync(join(web, 'assets'), { recursive: true });
  writeFileSync(join(web, 'index.html'), '<!doctype html><title>Mockingbird</title>');
  writeFileSync(join(web, 'assets', 'app-1234.js'), 'console.log("app")');
  writeFileSync(join(root, 'secret.txt'), 'TOP-SECRET');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

const app = () => makeTestApp({ staticDir: web });

describe('serving the SPA', () => {
  it('serves index.html at the root, not cached', async () => {
    const res = await app().request('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(await res.text()).toContain('<title>Mockingbird</title>');
  });

  it('serves hashed assets with a long cache and the right type', async () => {
    const res = await app().request('/assets/app-1234.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('javascript');
    expect(res.headers.get('cache-control')).toContain('immutable');
  });

  it.each(['/report/123', '/history', '/interview/abc/room'])(
    'falls back to index.html for the app route %s',
    async (path) => {
      const res = await app().request(path);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('<title>Mockingbird</title>');
    },
  );

  it('answers 404 for a missing file rather than sending the page in its place', async () => {
    expect((await app().request('/assets/missing.js')).status).toBe(404);
  });

  it('sends the Content-Security-Policy with the page', async () => {
    const res = await app().request('/');
    expect(res.headers.get('content-security-policy')).toContain("worker-src 'self' blob:");
  });

  it.each([
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/assets/%2e%2e/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    '/..%5csecret.txt',
    '/assets/..%5c..%5csecret.txt',
    '//secret.txt',
  ])('never serves a file outside the build folder (%s)', async (path) => {
    const res = await app().request(`http://localhost${path}`);
    expect(await res.text()).not.toContain('TOP-SECRET');
  });

  it('keeps API 404s in the JSON error shape', async () => {
    const res = await app().request('/api/unknown');
    expect(res.status).toBe(404);
    expect((await errorOf(res)).code).toBe('not_found');
  });

  it('explains how to build the app when the folder has no index.html', async () => {
    const res = await makeTestApp({ staticDir: join(root, 'not-built') }).request('/');
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('npm run build:web');
  });
});
