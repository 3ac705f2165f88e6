import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Nothing bench-only ships: every file the app's entry can load (static imports, lazy
// `import()` chunks and worklet `new URL(...)` modules) is walked from web/src/main.tsx, and
// none may be the bench's or use the baseline's ScriptProcessor. The same walk from the bench's
// own entry finds the baseline, which shows the walk can see it.

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SPECIFIERS = [
  /\bfrom\s+['"](\.[^'"]+)['"]/g,
  /\bimport\s*\(?\s*['"](\.[^'"]+)['"]/g,
  /new URL\(\s*['"](\.[^'"]+)['"]/g,
];

function resolveFile(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier.replace(/\?.*$/, ''));
  return ['', '.ts', '.tsx', '/index.ts'].map((ext) => base + ext).find((p) => existsSync(p) && statSync(p).isFile());
}

/** Every source file reachable from `entry` through relative specifiers. */
function reachable(entry: string): Set<string> {
  const seen = new Set<string>();
  const queue = [resolve(ROOT, entry)];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (seen.has(file) || !/\.(ts|tsx)$/.test(file)) continue;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const pattern of SPECIFIERS) {
      for (const match of text.matchAll(pattern)) {
        const next = match[1] && resolveFile(file, match[1]);
        if (next) queue.push(next);
      }
    }
  }
  return seen;
}

const usesScriptProcessor = (file: string) => readFileSync(file, 'utf8').includes('createScriptProcessor');
const relative = (files: Iterable<string>) => [...files].map((f) => f.slice(ROOT.length + 1));

describe("the app's entry", () => {
  const app = reachable('web/src/main.tsx');

  it('reaches the real audio path, its worklets and the lazily loaded screens', () => {
    expect(relative(app)).toEqual(
      expect.arrayContaining([
        'web/src/services/audio/mic-source.ts',
        'web/src/services/audio/capture.worklet.ts',
        'web/src/services/audio/playback.worklet.ts',
        'web/src/features/interview/InterviewPage.tsx',
      ]),
    );
  });

  it('loads nothing from the bench and no ScriptProcessor code', () => {
    expect(relative(app).filter((f) => f.startsWith('bench/'))).toEqual([]);
    expect(relative([...app].filter(usesScriptProcessor))).toEqual([]);
  });

  it("is told apart from the bench's entry, which does load the baseline", () => {
    const bench = reachable('bench/app/main.ts');
    expect(relative([...bench].filter(usesScriptProcessor))).toEqual(['bench/app/baseline/baseline-mic-source.ts']);
  });
});
