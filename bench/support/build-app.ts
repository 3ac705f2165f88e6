import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../../e2e/support/token-server-process.ts';

// Builds the app into a private directory, so a benchmark never races another build of dist/web.
// `config` names another Vite config (the bench's baseline build, bench/app/vite.config.ts).

export async function buildApp(config?: string): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'mockingbird-bench-web-'));
  const vite = join(REPO_ROOT, 'node_modules/.bin/vite');
  const output: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(
      vite,
      ['build', ...(config ? ['--config', config] : []), '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
      { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString('utf8')));
    child.once('error', reject);
    child.once('exit', resolve);
  });
  if (code !== 0) throw new Error(`The app build failed (exit ${String(code)}):\n${output.join('')}`);
  return outDir;
}
