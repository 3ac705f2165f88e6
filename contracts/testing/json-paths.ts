// For property tests that damage one value of a valid document (a backup, an API body): every
// path inside a JSON value, and a copy with the value at one path replaced.

export type JsonPath = (string | number)[];

/** Every path to a value inside `node`, the node itself (the empty path) included. */
export function pathsOf(node: unknown, at: JsonPath = []): JsonPath[] {
  if (Array.isArray(node)) return [at, ...node.flatMap((child, i) => pathsOf(child, [...at, i]))];
  if (typeof node === 'object' && node !== null)
    return [at, ...Object.entries(node).flatMap(([k, v]) => pathsOf(v, [...at, k]))];
  return [at];
}

/** A deep copy of `root` with the value at `path` replaced by `value`. */
export function replacedAt(root: unknown, path: JsonPath, value: unknown): unknown {
  if (path.length === 0) return value;
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1] ?? ''] = value;
  return copy;
}
