import { round } from './stats.ts';
import type { Figure } from './types.ts';

// The five budgets of issue 22, printed apart from the table with the baseline measured in the
// same run. A figure the run did not produce (a suite failed) counts as missed, so `--check` can
// never pass without measuring all five.

export const HEADLINE_BUDGETS: readonly { id: string; name: string }[] = [
  { id: 'main-thread-cpu', name: 'main-thread CPU' },
  { id: 'js-first-screen', name: 'first screen' },
  { id: 'reply-to-audible', name: 'reply → audible median, whole reply' },
  { id: 'reply-to-audible-paced', name: 'reply → audible median, real-time ±30 ms' },
  { id: 'capture-to-wire', name: 'capture → send p95' },
  { id: 'underruns-jitter', name: 'underruns' },
];

const shown = (value: number | undefined, unit: string): string =>
  value === undefined || !Number.isFinite(value) ? 'not measured' : `${round(value)} ${unit}`;

/** One line per budget, and the names of those missed (or not measured). */
export function headlineBudgets(figures: readonly Figure[]): { lines: string[]; missed: string[] } {
  const lines: string[] = [];
  const missed: string[] = [];
  for (const { id, name } of HEADLINE_BUDGETS) {
    const f = figures.find((figure) => figure.id === id);
    const ok = f?.withinBudget === true;
    if (!ok) missed.push(name);
    const value = f && (f.budget?.startsWith('p95') ? f.p95 : f.median);
    const baseline = f?.baseline === undefined ? 'no baseline' : `baseline ${shown(f.baseline, f.unit)}`;
    lines.push(
      `${ok ? 'ok  ' : 'MISS'} ${name}: ${shown(value, f?.unit ?? '')} (${baseline}; budget ${f?.budget ?? '?'})`,
    );
  }
  return { lines, missed };
}
