import { describe, expect, it } from 'vitest';
import { toFigure } from './figure.ts';

describe('toFigure', () => {
  it('checks the budget on the statistic it names and keeps the baseline median', () => {
    const values = Array.from({ length: 20 }, (_, i) => i + 1);
    const f = toFigure({
      id: 'x',
      label: 'X',
      unit: 'ms',
      values,
      baseline: [100, 200, 300],
      budget: { on: 'p95', max: 18, text: 'p95 ≤ 18 ms' },
    });
    expect(f).toMatchObject({ median: 10, p95: 19, baseline: 200, withinBudget: false, samples: 20 });
    expect(
      toFigure({ id: 'x', label: 'X', unit: 'ms', values, budget: { on: 'median', max: 18, text: '≤ 18 ms' } })
        .withinBudget,
    ).toBe(true);
  });

  it('treats a figure with no samples as missing its budget', () => {
    expect(
      toFigure({ id: 'x', label: 'X', unit: 'dB', values: [], budget: { on: 'median', min: 40, text: '≥ 40 dB' } })
        .withinBudget,
    ).toBe(false);
  });
});
