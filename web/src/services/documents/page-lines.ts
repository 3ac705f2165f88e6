// Groups a page's runs into lines (shared baseline) and splits each line into segments where a
// wide gap separates its parts: a gutter between columns, or a date pushed to the right margin.
import type { TextRun } from './text-runs';

export interface Segment {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
}

export interface Line {
  y: number;
  segments: Segment[];
}

// Runs whose baselines differ by less than this share of the font size are on the same line.
const SAME_LINE = 0.35;
// A gap wider than this many font sizes starts a new segment; word spaces are about a quarter.
const SEGMENT_GAP = 2;
// A gap wider than this share of the font size is a space between words.
const WORD_GAP = 0.15;

function appendRun(segment: Segment, run: TextRun): void {
  const gap = run.x - segment.x1;
  const needsSpace = gap > run.size * WORD_GAP && !/\s$/.test(segment.text) && !/^\s/.test(run.text);
  segment.text += (needsSpace ? ' ' : '') + run.text;
  segment.x1 = Math.max(segment.x1, run.x + run.width);
  segment.size = Math.max(segment.size, run.size);
}

function splitIntoSegments(runs: TextRun[]): Segment[] {
  const segments: Segment[] = [];
  let current: Segment | undefined;
  for (const run of [...runs].sort((p, q) => p.x - q.x)) {
    if (current && run.x - current.x1 <= run.size * SEGMENT_GAP) {
      appendRun(current, run);
      continue;
    }
    current = { text: run.text, x0: run.x, x1: run.x + run.width, y: run.y, size: run.size };
    segments.push(current);
  }
  return segments.map((s) => ({ ...s, text: s.text.trim() }));
}

/** Lines from top to bottom, each with its segments from left to right. */
export function buildLines(runs: readonly TextRun[]): Line[] {
  const sorted = [...runs].sort((p, q) => q.y - p.y || p.x - q.x);
  const groups: TextRun[][] = [];
  for (const run of sorted) {
    const group = groups[groups.length - 1];
    const first = group?.[0];
    if (group && first && Math.abs(first.y - run.y) <= Math.min(first.size, run.size) * SAME_LINE) group.push(run);
    else groups.push([run]);
  }
  return groups.map((group) => ({ y: group[0]?.y ?? 0, segments: splitIntoSegments(group) }));
}
