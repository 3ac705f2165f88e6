import fc from 'fast-check';

// Property-based tests share one fast-check setting. `npm test` replays the same cases on
// every run (a fixed seed, modest run counts) so a red build is reproducible and the suite
// stays quick; `npm run fuzz` (scripts/fuzz.mjs) passes a fresh or given seed and many more
// runs through FUZZ_SEED and FUZZ_RUNS. A failure prints its seed and path for replay.

const FIXED_SEED = 20261204;
const DEFAULT_RUNS = 60;

function positiveInteger(value: string | undefined): number | undefined {
  const n = Number(value);
  return value && Number.isSafeInteger(n) ? n : undefined;
}

fc.configureGlobal({
  seed: positiveInteger(process.env.FUZZ_SEED) ?? FIXED_SEED,
  numRuns: positiveInteger(process.env.FUZZ_RUNS) ?? DEFAULT_RUNS,
});
