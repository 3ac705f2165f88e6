// What the layout code needs from pdf.js's text content, narrowed from `unknown` so the pure
// layout never depends on pdf.js types (the Node tests use the legacy build, the browser the
// modern one).

/** One run of text on a page. Coordinates are PDF points with the origin at the bottom left. */
export interface TextRun {
  text: string;
  /** Left edge of the run's baseline. */
  x: number;
  /** Baseline. */
  y: number;
  width: number;
  /** Font size in points, after the text matrix is applied. */
  size: number;
}

export interface PageText {
  width: number;
  height: number;
  runs: TextRun[];
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/**
 * Turns pdf.js text items into runs. Marked-content markers and whitespace-only items (pdf.js
 * emits them as spacers) are dropped: spacing is recomputed from positions. Rotated text, such as
 * a vertical label in a margin, is left out because its width runs along another axis.
 */
export function toTextRuns(items: readonly unknown[]): TextRun[] {
  const runs: TextRun[] = [];
  for (const item of items) {
    if (typeof item !== 'object' || item === null || !('str' in item) || !('transform' in item)) continue;
    const { str, transform } = item;
    const width = 'width' in item ? item.width : 0;
    if (typeof str !== 'string' || !str.trim() || !Array.isArray(transform) || !isFiniteNumber(width)) continue;
    const [a, b, c, d, e, f] = transform as unknown[];
    if (![a, b, c, d, e, f].every(isFiniteNumber)) continue;
    const [scaleX, skewY, skewX, scaleY, x, y] = [a, b, c, d, e, f] as number[];
    if (Math.abs(skewY ?? 0) > Math.abs(scaleX ?? 0) * 0.05 || Math.abs(skewX ?? 0) > Math.abs(scaleY ?? 0) * 0.05)
      continue;
    const size = Math.abs(scaleY ?? 0) || Math.abs(scaleX ?? 0);
    if (!size) continue;
    runs.push({ text: str, x: x ?? 0, y: y ?? 0, width, size });
  }
  return runs;
}
