// Drops running headers and footers: lines near the top or bottom of a page whose text, with
// numbers ignored, repeats on at least half of the pages. Repetition alone is not enough: a
// dense page's body runs into the margin band too, and a log or a table repeats its lines with
// only the numbers changed ("Week 12: closed 9 tickets"). So a line can only be a header or
// footer where it sits apart from the body, with a gap wider than the body's own line spacing.
import type { Line } from './page-lines';

// How many lines at each edge of a page may be a header or footer.
const EDGE_LINES = 2;
// Headers and footers sit in the page margin: within 8% of the page height from the edge (67 pt
// on A4), where body text, which usually starts an inch (72 pt) in, does not reach.
const MARGIN_SHARE = 0.08;
// Body lines follow each other at 1.1-1.5 times their font size; a header or footer is set off
// from the body by at least a blank line, about twice the font size.
const APART = 2;

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

function lineSize(line: Line | undefined): number {
  return Math.max(0, ...(line?.segments.map((s) => s.size) ?? []));
}

/** True when the gap between lines a and b (a above b) is wider than body spacing. */
function setApart(lines: readonly Line[], a: number, b: number): boolean {
  const above = lines[a];
  const below = lines[b];
  if (!above || !below) return false;
  return above.y - below.y >= APART * Math.max(lineSize(above), lineSize(below));
}

/** The top lines that end in a wide gap before the body, or none when the body starts at once. */
function topBlock(lines: readonly Line[]): number[] {
  for (let k = 0; k < Math.min(EDGE_LINES, lines.length - 1); k += 1) {
    if (setApart(lines, k, k + 1)) return Array.from({ length: k + 1 }, (_, i) => i);
  }
  return [];
}

/** The bottom lines set apart from the body above them. */
function bottomBlock(lines: readonly Line[]): number[] {
  const last = lines.length - 1;
  for (let k = last; k > Math.max(0, last - EDGE_LINES); k -= 1) {
    if (setApart(lines, k - 1, k)) return Array.from({ length: last - k + 1 }, (_, i) => k + i);
  }
  return [];
}

function edgeIndexes({ height, lines }: PageLines): number[] {
  const inMargin = (i: number) => {
    const y = lines[i]?.y ?? height / 2;
    return y > height * (1 - MARGIN_SHARE) || y < height * MARGIN_SHARE;
  };
  return [...new Set([...topBlock(lines), ...bottomBlock(lines)])].filter(inMargin);
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
