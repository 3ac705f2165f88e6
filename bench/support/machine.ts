import { readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';

// The machine a run was measured on, for the README and results.json.

export interface Machine {
  cpus: number;
  cpuModel: string;
  memoryGb: number;
  chromium: string;
  node: string;
}

function cpuModel(): string {
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('model name'));
    return line?.split(':')[1]?.trim() ?? 'unknown';
  } catch {
    return cpus()[0]?.model ?? 'unknown';
  }
}

export function describeMachine(chromiumVersion: string): Machine {
  return {
    cpus: cpus().length,
    cpuModel: cpuModel(),
    memoryGb: Math.round(totalmem() / 2 ** 30),
    chromium: chromiumVersion,
    node: process.version,
  };
}
