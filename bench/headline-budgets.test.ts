import { describe, expect, it } from 'vitest';
import { toFigure } from './figure.ts';
import { HEADLINE_BUDGETS, headlineBudgets } from './headline-budgets.ts';

const within = (id: string) =>
  toFigure({
    id,
    label: id,
    unit: 'ms',
    values: [1, 2],
    baseline: [9],
    budget: { on: 'median', max: 5, text: '≤ 5 ms' },
  });

describe('headlineBudgets', () => {
  it('passes only when all five budgets are measured and met, each shown with its baseline', () => {
    const { lines, missed } = headlineBudgets(HEADLINE_BUDGETS.map((b) => within(b.id)));
    expect(missed).toEqual([]);
    expect(lines[0]).toBe('ok   main-thread CPU: 1 ms (baseline 9 ms; budget ≤ 5 ms)');
  });

  it('names a budget that was missed, and one that was not measured at all', () => {
    const figures = HEADLINE_BUDGETS.filter((b) => b.id !== 'underruns-jitter').map((b) =>
      b.id === 'main-thread-cpu'
        ? toFigure({
            id: b.id,
            label: '',
            unit: '%',
            values: [7],
            baseline: [6],
            budget: { on: 'median', max: 4, text: '≤ 4 %' },
          })
        : within(b.id),
    );
    const { lines, missed } = headlineBudgets(figures);
    expect(missed).toEqual(['main-thread CPU', 'underruns']);
    expect(lines[0]).toBe('MISS main-thread CPU: 7 % (baseline 6 %; budget ≤ 4 %)');
    expect(lines.at(-1)).toBe('MISS underruns: not measured (no baseline; budget ?)');
  });
});
