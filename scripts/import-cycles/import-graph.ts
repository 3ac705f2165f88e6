import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

// Our own import graph, type-only imports included: eslint-plugin-import-x's no-cycle skips
// `import type` (no-cycle.js in 4.18.1 returns early for importKind 'type', with no option to
// keep them), so a cycle made only of types, or of types and values, goes unseen there. Only
// relative specifiers count: packages cannot import us back.

/** `import … from`, `export … from`, side-effect `import '…'` and `import('…')`, types included. */
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g;
const EXTENSIONS = ['', '.ts', '.tsx', '/index.ts'];

function resolveFile(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier.replace(/\?.*$/, ''));
  return EXTENSIONS.map((ext) => base + ext).find((path) => existsSync(path) && statSync(path).isFile());
}

/** Drops comments so an import written in prose is not taken for a real one. */
function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

/** Each file's imports of other files among `files` (absolute paths). */
export function importGraph(
  files: readonly string[],
  read: (file: string) => string = (f) => readFileSync(f, 'utf8'),
): Map<string, string[]> {
  const known = new Set(files);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const targets = new Set<string>();
    for (const match of withoutComments(read(file)).matchAll(SPECIFIER)) {
      const target = match[1] === undefined ? undefined : resolveFile(file, match[1]);
      if (target && known.has(target) && target !== file) targets.add(target);
    }
    graph.set(file, [...targets]);
  }
  return graph;
}
