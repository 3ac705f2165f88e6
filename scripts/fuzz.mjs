// `npm run fuzz`: the property-based tests (files named *.fuzz.test.ts) with many more runs
// than `npm test`, and a fresh seed each time unless FUZZ_SEED is given. The seed is printed
// first so any failure can be replayed exactly: FUZZ_SEED=<seed> npm run fuzz.
import { spawnSync } from 'node:child_process';

const seed = process.env.FUZZ_SEED ?? String(Math.floor(Math.random() * 2 ** 31));
const runs = process.env.FUZZ_RUNS ?? '2000';
console.log(`fuzz: seed ${seed}, ${runs} runs per property (replay with FUZZ_SEED=${seed})`);

const result = spawnSync('npx', ['vitest', 'run', '.fuzz.test.ts', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, FUZZ_SEED: seed, FUZZ_RUNS: runs },
});
process.exit(result.status ?? 1);
