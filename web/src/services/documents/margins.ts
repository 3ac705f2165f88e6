// Drops running headers and footers: lines near the top or bottom of a page whose text, with
// numbers ignored, repeats on at least half of the pages.
import type { Line } from './page-lines';

// How many lines at each edge of a page may be a header or footer.
const EDGE_LINES = 2;
// Headers and footers sit in the page margin: within 8% of the page height from the edge (67 pt
// on A4), where body text, which usually starts an inch (72 pt) in, does not reach.
const MARGIN_SHARE = 0.08;

export interface PageLines {
  height: number;
  lines: Line[];
}

function marginKey(line: Line): string {
  return line.segments
    .map((s) => s.text)
    .join(' ')
    .toLowerCase()
    .replace(/\d+/g, '#')
    .replace(/\s+/g, ' ')
    .trim();
}

function edgeIndexes({ height, lines }: PageLines): number[] {
  const count = lines.length;
  const top = Array.from({ length: Math.min(EDGE_LINES, count) }, (_, i) => i);
  const bottom = Array.from({ length: Math.min(EDGE_LINES, count) }, (_, i) => count - 1 - i);
  const inMargin = (i: number) => {
    const y = lines[i]?.y ?? height / 2;
    return y > height * (1 - MARGIN_SHARE) || y < height * MARGIN_SHARE;
  };
  return [...new Set([...top, ...bottom])].filter(inMargin);
}

/**
 * Returns the pages without repeated margin lines. The first occurrence of a repeated line that
 * carries no number (a running title such as the candidate's name) is kept once, so the name is
 * not lost; numbered lines (page numbers, "Page 2 of 3") are dropped everywhere.
 */
export function removeRepeatedMargins(pages: readonly PageLines[]): Line[][] {
  if (pages.length < 2) return pages.map((page) => [...page.lines]);
  const pagesWithKey = new Map<string, number>();
  for (const page of pages) {
    const keys = new Set(edgeIndexes(page).map((i) => marginKey(page.lines[i] as Line)));
    for (const key of keys) pagesWithKey.set(key, (pagesWithKey.get(key) ?? 0) + 1);
  }
  const threshold = Math.max(2, Math.ceil(pages.length / 2));
  const kept = new Set<string>();
  return pages.map((page) => {
    const edges = new Set(edgeIndexes(page));
    return page.lines.filter((line, i) => {
      if (!edges.has(i)) return true;
      const key = marginKey(line);
      if ((pagesWithKey.get(key) ?? 0) < threshold) return true;
      if (key.includes('#') || kept.has(key)) return false;
      kept.add(key);
      return true;
    });
  });
}
