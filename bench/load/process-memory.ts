import { readdirSync, readFileSync } from 'node:fs';

// Finds the token server child by its command line and listening port (it is started by the
// e2e stack, which keeps the process handle private), and reads its resident memory.

function readOrEmpty(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

export function tokenServerPid(port: number): number {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const cmdline = readOrEmpty(`/proc/${entry}/cmdline`).split('\0');
    if (!cmdline.includes('token-server/src/index.ts')) continue;
    if (readOrEmpty(`/proc/${entry}/environ`).split('\0').includes(`PORT=${port}`)) return Number(entry);
  }
  throw new Error(`No token server process listening on port ${port} was found in /proc.`);
}

/** Resident set size in MB (VmRSS from /proc/<pid>/status). */
export function residentMb(pid: number): number {
  const line = readOrEmpty(`/proc/${pid}/status`)
    .split('\n')
    .find((l) => l.startsWith('VmRSS:'));
  const kb = Number(line?.replace(/\D+/g, ''));
  if (!Number.isFinite(kb) || kb <= 0) throw new Error(`Could not read the memory of process ${pid}.`);
  return kb / 1024;
}
