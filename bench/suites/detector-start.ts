// What the voice-activity detector costs the start of an interview: Start click → first
// interviewer audio with the detector, against the same start with its worker refused (the room
// then runs without one), alternating five times each in fresh browser contexts (an empty
// cache: the worst case, the model still downloading and compiling while the interview starts).

import type { Browser, BrowserContext } from 'playwright';
import type { Stack } from '../../e2e/support/stack.ts';
import { toFigure } from '../figure.ts';
import { startOnce } from '../live/start-runs.ts';
import type { Figure } from '../types.ts';

const RUNS = 5;

const withoutDetector = async (context: BrowserContext): Promise<void> => {
  await context.route(/voice-activity\.worker-[^/]*\.js$/, (route) => route.abort());
};

export async function benchDetectorStart(browser: Browser, stack: Stack): Promise<Figure[]> {
  const withIt: number[] = [];
  const without: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const a = await startOnce(browser, stack, 'mockingbird');
    if (a.ms !== undefined) withIt.push(a.ms);
    const b = await startOnce(browser, stack, 'mockingbird', withoutDetector);
    if (b.ms !== undefined) without.push(b.ms);
  }
  return [
    toFigure({
      id: 'start-with-detector',
      label: 'Start click → first interviewer audio, with the voice-activity detector (baseline: without it)',
      unit: 'ms',
      values: withIt,
      baseline: without,
    }),
  ];
}
