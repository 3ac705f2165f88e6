import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// The real token server as a child process (`node --import tsx token-server/src/index.ts`),
// the way `npm start` runs it, so e2e tests cover its real configuration and static serving.

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Every setting the server reads; unset ones are passed empty so a developer's .env cannot leak in. */
const SERVER_SETTINGS = [
  'GEMINI_API_KEY',
  'GEMINI_API_BASE_URL',
  'GEMINI_LIVE_MODEL',
  'GEMINI_REPORT_MODEL',
  'TAVUS_API_KEY',
  'TAVUS_API_BASE_URL',
  'TAVUS_REPLICA_ID',
  'TAVUS_PERSONA_ID',
  'HOST',
  'PORT',
  'ALLOWED_ORIGINS',
  'ACCESS_CODE',
  'RATE_LIMIT_PER_MINUTE',
  'TRUST_PROXY',
  'STATIC_DIR',
  'REDIS_URL',
];

/** The production entry point; tests that need knobs production lacks pass their own. */
const SERVER_ENTRY = 'token-server/src/index.ts';

export { freePort } from '../../token-server/src/testing/free-port.ts';

export class TokenServerProcess {
  private child?: ChildProcess;
  private log: string[] = [];

  constructor(
    readonly port: number,
    private readonly env: Record<string, string>,
    private readonly entry: readonly string[] = [SERVER_ENTRY],
  ) {}

  get baseUrl(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** The server's recent stdout and stderr, for failure messages. */
  output(): string {
    return this.log.join('');
  }

  async start(timeoutMs = 20_000): Promise<void> {
    const blank = Object.fromEntries(SERVER_SETTINGS.map((k) => [k, '']));
    const env = { ...process.env, ...blank, HOST: '127.0.0.1', PORT: String(this.port), ...this.env };
    const child = spawn(process.execPath, ['--import', 'tsx', ...this.entry], {
      cwd: REPO_ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    const keep = (chunk: Buffer): void => {
      this.log = [...this.log, chunk.toString('utf8')].slice(-200);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    await this.waitForHealth(child, timeoutMs);
  }

  /** SIGTERM (the server ends its avatar conversations first), then SIGKILL after a grace period. */
  async stop(graceMs = 10_000): Promise<void> {
    const child = this.child;
    this.child = undefined;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
  }

  /** SIGKILL: the process dies at once, ending nothing, as in a crash or an OOM kill. */
  async kill(): Promise<void> {
    const child = this.child;
    this.child = undefined;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGKILL');
    await exited;
  }

  private async waitForHealth(child: ChildProcess, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (child.exitCode !== null)
        throw new Error(`The token server exited with code ${child.exitCode}:\n${this.output()}`);
      try {
        const res = await fetch(`${this.baseUrl}/api/health`, { signal: AbortSignal.timeout(1000) });
        if (res.ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await this.stop(1000);
    throw new Error(`The token server did not answer /api/health within ${timeoutMs} ms:\n${this.output()}`);
  }
}
