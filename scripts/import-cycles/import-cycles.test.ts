import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findCycles } from './find-cycles.ts';
import { importGraph } from './import-graph.ts';

let dir: string | undefined;
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

/** Writes the files into a fresh folder and returns the cycles among them, as file names. */
function cyclesOf(files: Record<string, string>): string[][] {
  const root = mkdtempSync(join(tmpdir(), 'import-cycles-'));
  dir = root;
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, name), text);
  const graph = importGraph(Object.keys(files).map((name) => join(root, name)));
  return findCycles(graph).map((cycle) => cycle.map((file) => file.slice(root.length + 1)));
}

describe('import cycles, type-only imports included', () => {
  it('finds a cycle made only of `import type`, which ESLint no-cycle skips', () => {
    expect(cyclesOf({ 'a.ts': "import type { B } from './b';", 'b.ts': "import type { A } from './a';" })).toEqual([
      ['a.ts', 'b.ts', 'a.ts'],
    ]);
  });

  it('finds a cycle through a type import, a re-export and a side-effect import, in order', () => {
    const files = {
      'a.ts': "import { b } from './b.ts';",
      'b.ts': "export { c } from './c';",
      'c.ts': "import './a';",
    };
    expect(cyclesOf(files)).toEqual([['a.ts', 'b.ts', 'c.ts', 'a.ts']]);
  });

  it('finds none in a tree, nor in imports written inside comments', () => {
    const files = {
      'a.ts': "import type { B } from './b';",
      'b.ts': "// see import type { A } from './a';\n/* import './a' */",
      'c.ts': "import './b';",
    };
    expect(cyclesOf(files)).toEqual([]);
  });
});
