import { readFileSync } from 'node:fs';

// CPU time a process has used, from /proc/<pid>/stat (user + system, in clock ticks of 10 ms
// on Linux). Unlike throughput on a shared machine, the CPU a request costs hardly moves when
// other processes compete for the cores: it is the figure that says how far a server scales.

const TICK_MS = 10; // sysconf(_SC_CLK_TCK) is 100 on every Linux this runs on

export function processCpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) is in parentheses and may hold spaces: count from after it.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  if (!Number.isFinite(utime) || !Number.isFinite(stime))
    throw new Error(`Could not read the CPU time of process ${pid}.`);
  return (utime + stime) * TICK_MS;
}
