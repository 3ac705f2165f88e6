import { spawn } from 'node:child_process';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHUTDOWN_SIGNALS } from './shutdown.ts';

// The real server process, sent each signal with two avatar conversations open, one of which
// Tavus never confirms ending. The wiring in index.ts is what the probe found wrong (SIGHUP was
// not handled at all), so it is tested on the process itself, the way an operator stops it.

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Tavus's create and end calls. A conversation takes its id from the interview id in its name;
 * an end for one whose id starts with stuck- is never answered.
 */
function fakeTavus(ended: string[]): Server {
  return createServer((req: IncomingMessage, res: ServerResponse) => {
    const end = /^\/v2\/conversations\/([^/]+)\/end$/.exec(req.url ?? '');
    if (end?.[1]) {
      req.resume();
      ended.push(end[1]);
      if (!end[1].startsWith('stuck')) res.writeHead(200).end('{}');
      return;
    }
    // The server's upstream check looks its replica up (GET /v2/replicas/{id}): it exists.
    if (req.method === 'GET' && /^\/v2\/replicas\/[^/]+$/.test(req.url ?? '')) {
      req.resume();
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"completed"}');
      return;
    }
    if (req.method !== 'POST' || req.url !== '/v2/conversations') {
      req.resume();
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"message":"Not found"}');
      return;
    }
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const { conversation_name: name } = JSON.parse(body) as { conversation_name: string };
      const id = name.split(' ').at(-1) ?? 'unnamed';
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ conversation_id: id, conversation_url: `https://tavus.daily.co/${id}` }));
    });
  });
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

async function untilHealthy(url: string): Promise<void> {
  for (let tries = 0; tries < 300; tries++) {
    const ok = await fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('The server did not start.');
}

const ended: string[] = [];
const tavus = fakeTavus(ended);
let tavusUrl = '';
beforeAll(async () => {
  await new Promise<void>((resolve) => tavus.listen(0, '127.0.0.1', resolve));
  tavusUrl = `http://127.0.0.1:${(tavus.address() as AddressInfo).port}`;
});
afterAll(() => {
  tavus.closeAllConnections();
  tavus.close();
});

async function stopWith(signal: NodeJS.Signals): Promise<{ code: number | null; output: string; opened: string[] }> {
  const port = await freePort();
  const blank = Object.fromEntries(
    ['GEMINI_API_KEY', 'ACCESS_CODE', 'ALLOWED_ORIGINS', 'STATIC_DIR', 'TRUST_PROXY'].map((k) => [k, '']),
  );
  const env = {
    ...process.env,
    ...blank,
    HOST: '127.0.0.1',
    PORT: String(port),
    TAVUS_API_KEY: 'tavus-test',
    TAVUS_API_BASE_URL: tavusUrl,
    TAVUS_PERSONA_ID: 'p1',
  };
  const child = spawn(process.execPath, ['--import', 'tsx', 'token-server/src/index.ts'], {
    cwd: REPO_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  await untilHealthy(url);
  const opened: string[] = [];
  for (const interviewId of [`done-${signal}`, `stuck-${signal}`]) {
    const res = await fetch(`${url}/api/avatar/conversations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ interviewId }),
    });
    opened.push(((await res.json()) as { conversationId: string }).conversationId);
  }
  child.kill(signal);
  return { code: await exited, output, opened };
}

describe.concurrent('stopping the real server', () => {
  it.each(SHUTDOWN_SIGNALS)(
    'on %s ends open conversations, waits a bounded time for Tavus, and names the one left open',
    async (signal) => {
      const { code, output, opened } = await stopWith(signal);
      const [done, stuck] = opened;
      expect(opened).toEqual([`done-${signal}`, `stuck-${signal}`]);
      expect(ended).toEqual(expect.arrayContaining([done, stuck]));
      expect(output).toContain(`${signal}: ending 2 avatar conversation(s) before exit`);
      expect(output).toContain(`still open: ${stuck}`);
      expect(output).not.toContain(`still open: ${done}`);
      expect(code).toBe(0);
    },
    60_000,
  );
});
