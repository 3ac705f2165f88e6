import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toFigure } from '../figure.ts';
import type { Figure } from '../types.ts';

// The production build carries no bench-only code: the baseline's ScriptProcessor capture lives
// only in the bench's own build (bench/app/). Counted in the very build the other suites measure.

export function countScriptProcessorFiles(dir: string): number {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(
    (f) => f.endsWith('.js') || f.endsWith('.mjs'),
  );
  return files.filter((f) => readFileSync(join(dir, f), 'utf8').includes('createScriptProcessor')).length;
}

export function benchBaselineAbsent(distDir: string, baselineDir: string): Figure[] {
  return [
    toFigure({
      id: 'baseline-in-build',
      label: 'JavaScript files using ScriptProcessor (the baseline) in the production build',
      unit: 'count',
      values: [countScriptProcessorFiles(distDir)],
      // The bench's own build must have them, or the count could not see the baseline at all.
      baseline: [countScriptProcessorFiles(baselineDir)],
      budget: { on: 'median', max: 0, text: '0' },
      noP95: true,
    }),
  ];
}
