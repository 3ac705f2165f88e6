import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp } from '../testing/fixtures.ts';
import { healthAnswers, listen, rawGet, type Listening } from '../testing/raw-http.ts';

// Path traversal against the static file server, over a real socket so that the request target
// reaches the server exactly as written. A secret file sits next to the build folder; no spelling
// of a path may reach it, nor any other file on the machine.

const SECRET = 'SECRET-OUTSIDE-THE-BUILD-3b1f';
const INDEX = '<!doctype html><title>Mockingbird hostile</title>';
let root = '';
let server: Listening;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'mockingbird-traversal-'));
  const web = join(root, 'web');
  mkdirSync(join(web, 'assets'), { recursive: true });
  writeFileSync(join(web, 'index.html'), INDEX);
  writeFileSync(join(web, 'assets', 'app-1.js'), 'console.log("app")');
  writeFileSync(join(root, 'secret.txt'), SECRET);
  writeFileSync(join(root, 'web-secret.txt'), SECRET); // a sibling whose name starts like the folder
  server = await listen(makeTestApp({ staticDir: web }));
});

afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

const secretPath = () => join(root, 'secret.txt');

const targets: [string, () => string][] = [
  ['dot segments', () => '/../secret.txt'],
  ['dot segments below assets', () => '/assets/../../secret.txt'],
  ['dot segments into a sibling', () => '/../web-secret.txt'],
  ['encoded dots', () => '/%2e%2e/secret.txt'],
  ['upper-case encoded dots', () => '/%2E%2E/%2E%2E/secret.txt'],
  ['an encoded slash', () => '/..%2fsecret.txt'],
  ['all encoded', () => '/%2e%2e%2f%2e%2e%2fsecret.txt'],
  ['double-encoded dots', () => '/%252e%252e/secret.txt'],
  ['a double-encoded slash', () => '/..%252fsecret.txt'],
  ['backslashes', () => '/..\\secret.txt'],
  ['backslashes below assets', () => '/assets\\..\\..\\secret.txt'],
  ['encoded backslashes', () => '/..%5c..%5csecret.txt'],
  ['overlong UTF-8 dots', () => '/%c0%ae%c0%ae/secret.txt'],
  ['full-width dots', () => '/%EF%BC%8E%EF%BC%8E/secret.txt'],
  ['the absolute path', () => secretPath()],
  ['the absolute path after a slash', () => `/${secretPath()}`],
  ['the absolute path, encoded', () => `/${encodeURIComponent(secretPath())}`],
  ['an absolute-form target', () => 'http://127.0.0.1/../secret.txt'],
  ['a NUL after the name', () => '/secret.txt%00'],
  ['a NUL to cut an extension', () => '/../secret.txt%00.js'],
  ['a NUL inside the dots', () => '/.%00./secret.txt'],
  ['a system file', () => '/../../../../../../etc/passwd'],
  ['a system file, encoded', () => '/..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd'],
];

describe('static serving under path traversal', () => {
  it.each(targets)('never serves a file outside the build folder through %s', async (_name, target) => {
    const reply = await rawGet(server.port, target());
    expect(reply.text).not.toContain(SECRET);
    expect(reply.text).not.toMatch(/root:.*:0:0:/);
    // Either the app's own page (an unknown app route), a plain 404, or a 400 for a bad target.
    expect([200, 400, 404]).toContain(reply.status);
    if (reply.status === 200) expect(reply.text).toContain(INDEX);
    expect(reply.closedAfterMs).toBeLessThan(1000);
    expect(await healthAnswers(server.url)).toBe(true);
  });

  it('refuses a raw NUL byte in the request line without serving anything', async () => {
    const reply = await rawGet(server.port, '/secret.txt\u0000.js');
    expect(reply.status).toBe(400);
    expect(reply.text).not.toContain(SECRET);
    expect(await healthAnswers(server.url)).toBe(true);
  });

  it('still serves real files, so the refusals above are not just a broken server', async () => {
    const reply = await rawGet(server.port, '/assets/app-1.js');
    expect(reply.status).toBe(200);
    expect(reply.text).toContain('console.log("app")');
  });
});
