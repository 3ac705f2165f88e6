import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp } from '../testing/fixtures.ts';
import { listen, rawGet, type Listening } from '../testing/raw-http.ts';

// The probe read /.env and /.git/config from a STATIC_DIR that held them. No path segment that
// starts with a dot is served, however it is spelled, while ordinary files still are.

const SECRET = 'HIDDEN-FILE-SECRET-91c4';
let root = '';
let server: Listening;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'mockingbird-dotfiles-'));
  mkdirSync(join(root, '.git'));
  mkdirSync(join(root, 'assets', '.cache'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Mockingbird</title>');
  writeFileSync(join(root, 'assets', 'app-1.js'), 'console.log("app")');
  for (const file of ['.env', '.git/config', '.htpasswd', 'assets/.cache/key', 'assets/.env'])
    writeFileSync(join(root, file), SECRET);
  server = await listen(makeTestApp({ staticDir: root }));
});

afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

describe('hidden files in STATIC_DIR', () => {
  it.each([
    '/.env',
    '/.git/config',
    '/.git/',
    '/.htpasswd',
    '/assets/.env',
    '/assets/.cache/key',
    '/%2eenv',
    '/%2Egit/config',
    '/.git%2fconfig',
    '/assets%2f.env',
    '/assets/%2ecache/key',
    '/./.env',
    '/assets/./.env',
    '/.env?x=1',
    '/.env#frag',
    '/.\\.env',
  ])('%s is refused without its content', async (target) => {
    const reply = await rawGet(server.port, target);
    expect([400, 404]).toContain(reply.status);
    expect(reply.text).not.toContain(SECRET);
  });

  it('still serves ordinary files and the app', async () => {
    expect((await rawGet(server.port, '/assets/app-1.js')).status).toBe(200);
    expect((await rawGet(server.port, '/')).text).toContain('<title>Mockingbird</title>');
    expect((await rawGet(server.port, '/report/123')).text).toContain('<title>Mockingbird</title>');
  });
});
