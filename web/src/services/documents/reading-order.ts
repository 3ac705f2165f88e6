// Reading order for one page, by recursive cuts through white space (an "XY cut"): first at wide
// horizontal gaps that run across the whole region (header, footer, sections), then at a vertical
// gutter that no text crosses (columns), read left column first. What cannot be cut further is a
// block read top to bottom.
import type { Segment } from './page-lines';

const top = (s: Segment) => s.y + s.size * 0.8;
const bottom = (s: Segment) => s.y - s.size * 0.25;
const chars = (segs: readonly Segment[]) => segs.reduce((n, s) => n + s.text.length, 0);

function medianSize(segs: readonly Segment[]): number {
  const sizes = segs.map((s) => s.size).sort((a, b) => a - b);
  return sizes[Math.floor((sizes.length - 1) / 2)] ?? 10;
}

/** Splits at every horizontal gap of at least 1.5 font sizes that no segment of the region spans. */
function splitAtWideGaps(segs: readonly Segment[]): Segment[][] {
  const minGap = medianSize(segs) * 1.5;
  const sorted = [...segs].sort((p, q) => top(q) - top(p));
  const bands: Segment[][] = [];
  let lowest = Infinity;
  for (const seg of sorted) {
    const band = bands[bands.length - 1];
    if (band && lowest - top(seg) < minGap) {
      band.push(seg);
      lowest = Math.min(lowest, bottom(seg));
    } else {
      bands.push([seg]);
      lowest = bottom(seg);
    }
  }
  return bands;
}

/**
 * Short labels with digits on one side (dates, years, phone numbers pushed to the right margin)
 * belong to the lines beside them, not to a column of their own.
 */
function looksLikeRowLabels(segs: readonly Segment[]): boolean {
  return segs.every((s) => /\d/.test(s.text) && s.text.split(/\s+/).length <= 4);
}

/** The x of a vertical gutter that no segment crosses and that has real columns on both sides. */
export function findGutter(segs: readonly Segment[]): number | undefined {
  const left = Math.min(...segs.map((s) => s.x0));
  const right = Math.max(...segs.map((s) => s.x1));
  const margin = (right - left) * 0.1;
  let best: { from: number; to: number } | undefined;
  let runStart: number | undefined;
  for (let x = Math.ceil(left + margin); x <= right - margin + 1; x += 1) {
    const free = x <= right - margin && !segs.some((s) => s.x0 < x && s.x1 > x);
    if (free && runStart === undefined) runStart = x;
    if (!free && runStart !== undefined) {
      if (!best || x - runStart > best.to - best.from) best = { from: runStart, to: x };
      runStart = undefined;
    }
  }
  if (!best || best.to - best.from < medianSize(segs)) return undefined;
  const gutter = (best.from + best.to) / 2;
  const leftSide = segs.filter((s) => s.x1 <= gutter);
  const rightSide = segs.filter((s) => s.x0 >= gutter);
  if (leftSide.length < 2 || rightSide.length < 2) return undefined;
  const total = chars(segs);
  if (chars(leftSide) < total * 0.05 || chars(rightSide) < total * 0.05) return undefined;
  const smaller = chars(leftSide) < chars(rightSide) ? leftSide : rightSide;
  return looksLikeRowLabels(smaller) ? undefined : gutter;
}

/** Blocks of segments in reading order; each block is sorted top to bottom, left to right. */
export function orderIntoBlocks(segs: readonly Segment[], depth = 0): Segment[][] {
  if (segs.length === 0) return [];
  const bands = splitAtWideGaps(segs);
  if (bands.length > 1) return bands.flatMap((band) => orderIntoBlocks(band, depth + 1));
  const gutter = depth < 8 ? findGutter(segs) : undefined;
  if (gutter !== undefined) {
    return [
      ...orderIntoBlocks(
        segs.filter((s) => s.x1 <= gutter),
        depth + 1,
      ),
      ...orderIntoBlocks(
        segs.filter((s) => s.x0 >= gutter),
        depth + 1,
      ),
    ];
  }
  return [[...segs].sort((p, q) => q.y - p.y || p.x0 - q.x0)];
}
