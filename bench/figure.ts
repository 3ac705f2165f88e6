import { median, percentile, round } from './stats.ts';
import type { Figure } from './types.ts';

// Builds a table row from raw samples: median, p95, the budget check and the baseline's median.

export interface Budget {
  /** Which statistic the budget is about. */
  on: 'median' | 'p95';
  max?: number;
  min?: number;
  text: string;
}

export interface FigureSpec {
  id: string;
  label: string;
  unit: Figure['unit'];
  values: readonly number[];
  baseline?: readonly number[];
  budget?: Budget;
  /** Leave p95 out (a single value, or a figure where it means nothing). */
  noP95?: boolean;
}

function meets(budget: Budget, value: number): boolean {
  if (!Number.isFinite(value)) return false;
  return (budget.max === undefined || value <= budget.max) && (budget.min === undefined || value >= budget.min);
}

export function toFigure(spec: FigureSpec): Figure {
  const mid = median(spec.values);
  const p95 = percentile(spec.values, 95);
  const figure: Figure = {
    id: spec.id,
    label: spec.label,
    unit: spec.unit,
    median: round(mid),
    samples: spec.values.length,
  };
  if (!spec.noP95 && spec.values.length > 1) figure.p95 = round(p95);
  if (spec.baseline && spec.baseline.length > 0) figure.baseline = round(median(spec.baseline));
  if (spec.budget) {
    figure.budget = spec.budget.text;
    figure.withinBudget = meets(spec.budget, spec.budget.on === 'p95' ? p95 : mid);
  }
  return figure;
}

/** A row for something this run could not measure, with the reason as its label. */
export function notMeasured(id: string, label: string, unit: Figure['unit'], budgetText?: string): Figure {
  return { id, label, unit, median: Number.NaN, samples: 0, ...(budgetText ? { budget: budgetText } : {}) };
}
