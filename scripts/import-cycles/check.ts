import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findCycles } from './find-cycles.ts';
import { importGraph } from './import-graph.ts';

// `npm run lint` runs this after ESLint: it fails on any import cycle in the app, the server or
// contracts/, type-only imports included (ESLint's no-cycle leaves those out).

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PARTS = ['web/src', 'contracts', 'token-server/src'];

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|tsx)$/.test(f) && !f.endsWith('.d.ts'))
    .map((f) => join(ROOT, dir, f));
}

const cycles = findCycles(importGraph(PARTS.flatMap(sourceFiles)));
for (const cycle of cycles) console.error(`Import cycle: ${cycle.map((f) => relative(ROOT, f)).join(' -> ')}`);
if (cycles.length > 0) {
  console.error(
    `${cycles.length} import cycle(s), type-only imports included. Move the shared type into a leaf file both can import.`,
  );
  process.exit(1);
}
