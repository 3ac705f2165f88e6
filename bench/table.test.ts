import { describe, expect, it } from 'vitest';
import { renderTable } from './table.ts';
import type { Figure } from './types.ts';

const figure = (over: Partial<Figure>): Figure => ({
  id: 'x',
  label: 'a figure',
  unit: 'ms',
  median: 10,
  samples: 3,
  baseline: 20,
  ...over,
});

describe('renderTable', () => {
  it('prints the median and the baseline ratio of a measured figure', () => {
    expect(renderTable([figure({})]).split('\n')[2]).toBe('| a figure | 10 ms |  | 20 ms | 2× |  |  | 3 |');
  });

  it('says "not measured" instead of NaN when the instrument saw no samples', () => {
    const row = renderTable([figure({ median: Number.NaN, samples: 0 })]).split('\n')[2]!;
    expect(row).toBe('| a figure | not measured |  | 20 ms |  |  |  | 0 |');
  });
});
