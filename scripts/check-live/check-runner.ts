// The runner behind `npm run check:live`: each step runs in turn, gets one row with its time
// and verdict, and the run passes only when no step failed. A step without its key is skipped,
// not failed, but a run in which nothing could be checked does not pass either.

export type Verdict =
  { kind: 'pass'; detail?: string } | { kind: 'skipped'; detail: string } | { kind: 'fail'; detail: string };

export interface CheckStep {
  name: string;
  run(): Promise<Verdict>;
}

export interface CheckRow {
  name: string;
  ms: number;
  verdict: Verdict;
}

export interface CheckRun {
  rows: CheckRow[];
  ok: boolean;
}

export async function runChecks(
  steps: readonly CheckStep[],
  now: () => number = () => performance.now(),
): Promise<CheckRun> {
  const rows: CheckRow[] = [];
  for (const step of steps) {
    const started = now();
    const verdict = await step
      .run()
      .catch((err: unknown): Verdict => ({ kind: 'fail', detail: err instanceof Error ? err.message : String(err) }));
    rows.push({ name: step.name, ms: now() - started, verdict });
  }
  const ran = rows.filter((r) => r.verdict.kind !== 'skipped');
  return { rows, ok: ran.length > 0 && ran.every((r) => r.verdict.kind === 'pass') };
}

const LABEL = { pass: 'pass', skipped: 'skipped', fail: 'FAIL' } as const;

/** One line per step: name, seconds, verdict, and what was seen or what went wrong. */
export function formatRows(rows: readonly CheckRow[]): string {
  const width = Math.max(...rows.map((r) => r.name.length), 4);
  return rows
    .map((r) => {
      const time = r.verdict.kind === 'skipped' ? '' : `${(r.ms / 1000).toFixed(1)} s`;
      const detail = r.verdict.detail ? `  ${r.verdict.detail}` : '';
      return `${r.name.padEnd(width)}  ${time.padStart(7)}  ${LABEL[r.verdict.kind].padEnd(7)}${detail}`;
    })
    .join('\n');
}
