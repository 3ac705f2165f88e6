// `npm run dev`: Vite with hot reload on http://localhost:5173 (it proxies /api to 8787) plus the
// token server under `tsx watch`. `npm run dev:fake` (`--fake`) also starts the fake Gemini and
// fake Tavus from e2e/fakes and points the server at them with dummy keys, so anyone can click
// through a whole interview with no accounts. Ctrl-C stops every child.

import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const useFakes = process.argv.includes('--fake');
/** Vite's proxy (vite.config.ts) sends /api here, so dev always uses this port. */
const SERVER_PORT = '8787';
const children = new Set();
let stopping = false;

/** Path of a package's command-line script, run with this same Node (no shell, no npx). */
function binOf(pkg, name) {
  const manifestPath = require.resolve(`${pkg}/package.json`);
  const manifest = require(manifestPath);
  const bin = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin[name];
  return join(dirname(manifestPath), bin);
}

function start(label, args, opts = {}) {
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    stdio: opts.stdio ?? 'inherit',
    env: { ...process.env, ...opts.env },
  });
  children.add(child);
  child.on('exit', (code, signal) => {
    children.delete(child);
    if (stopping) return;
    console.error(`${label} stopped (${signal ?? `exit code ${code}`}); stopping the others.`);
    void stopAll(code === 0 ? 1 : (code ?? 1));
  });
  return child;
}

/** Starts a fake in standalone mode and resolves with the URL from its one JSON ready line. */
function startFake(name) {
  const child = start(`fake ${name}`, [binOf('tsx', 'tsx'), `e2e/fakes/fake-${name}.ts`], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let buffered = '';
    const onData = (chunk) => {
      buffered += chunk.toString('utf8');
      const line = buffered.split('\n').find((l) => l.startsWith('{'));
      if (!line) return;
      child.stdout.off('data', onData);
      child.stdout.pipe(process.stdout);
      resolve(JSON.parse(line).url);
    };
    child.stdout.on('data', onData);
    child.once('exit', () => reject(new Error(`The fake ${name} exited before it was ready.`)));
  });
}

async function stopAll(exitCode) {
  if (stopping) return;
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  const deadline = Date.now() + 5000;
  while (children.size > 0 && Date.now() < deadline) await delay(50);
  for (const child of children) child.kill('SIGKILL');
  process.exit(exitCode);
}

async function main() {
  process.once('SIGINT', () => void stopAll(0));
  process.once('SIGTERM', () => void stopAll(0));
  const serverEnv = { PORT: SERVER_PORT };
  if (useFakes) {
    const [geminiUrl, tavusUrl] = await Promise.all([startFake('gemini'), startFake('tavus')]);
    Object.assign(serverEnv, {
      GEMINI_API_KEY: 'fake-gemini-key',
      GEMINI_API_BASE_URL: geminiUrl,
      TAVUS_API_KEY: 'fake-tavus-key',
      TAVUS_API_BASE_URL: tavusUrl,
      TAVUS_PERSONA_ID: '',
      // The fake Tavus knows only the stock replica (it refuses unknown ids, as Tavus does).
      TAVUS_REPLICA_ID: '',
    });
  }
  start('token server', [binOf('tsx', 'tsx'), 'watch', '--clear-screen=false', 'token-server/src/index.ts'], {
    env: serverEnv,
  });
  start('vite', [binOf('vite', 'vite'), '--port', '5173', '--strictPort'], {});
  const what = useFakes ? 'with fake Gemini and Tavus (no keys needed)' : 'with the keys from your environment or .env';
  console.log(`\nMockingbird dev ${what}: open http://localhost:5173 (Ctrl-C stops everything)\n`);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  void stopAll(1);
});
