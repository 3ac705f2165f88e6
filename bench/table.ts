import type { Figure } from './types.ts';
import { round } from './stats.ts';

const HEADERS = ['figure', 'median', 'p95', 'baseline', 'ratio', 'budget', 'ok', 'n'];

/** Renders the figures as a Markdown table, the same text printed and pasted into the README. */
export function renderTable(figures: readonly Figure[]): string {
  const rows = figures.map((f) => [
    f.label,
    // A figure with no samples (its instrument saw nothing) says so rather than printing NaN.
    measured(f) ? `${round(f.median)} ${f.unit}` : 'not measured',
    f.p95 === undefined ? '' : `${round(f.p95)} ${f.unit}`,
    f.baseline === undefined ? '' : `${round(f.baseline)} ${f.unit}`,
    f.baseline === undefined || f.median === 0 || !measured(f) ? '' : `${round(f.baseline / f.median)}×`,
    f.budget ?? '',
    f.withinBudget === undefined ? '' : f.withinBudget ? 'yes' : 'NO',
    String(f.samples),
  ]);
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(HEADERS), line(HEADERS.map(() => '---')), ...rows.map(line)].join('\n');
}

const measured = (f: Figure): boolean => f.samples > 0 && Number.isFinite(f.median);
