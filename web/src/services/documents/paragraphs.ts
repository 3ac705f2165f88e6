// Turns one block of segments (already in reading order) into text: segments on one baseline
// become a line, wrapped lines of prose are joined, lists keep one item per line, and larger gaps
// or a change of font size start a new paragraph.
import { joinWrappedLine } from '../../lib/text-cleanup';
import type { Segment } from './page-lines';

interface TextLine {
  text: string;
  x1: number;
  y: number;
  size: number;
  /** Parts spread across the line with wide gaps (a title and a date): a row, never prose. */
  isRow: boolean;
}

const BULLET = /^[•▪◦●■◆‣∙*–-]\s/u;

function mergeBaselines(segs: readonly Segment[]): TextLine[] {
  const lines: TextLine[] = [];
  for (const seg of segs) {
    const last = lines[lines.length - 1];
    if (last && Math.abs(last.y - seg.y) <= Math.min(last.size, seg.size) * 0.35) {
      last.text += ` ${seg.text}`;
      last.x1 = Math.max(last.x1, seg.x1);
      last.size = Math.max(last.size, seg.size);
      last.isRow = true;
    } else {
      lines.push({ text: seg.text, x1: seg.x1, y: seg.y, size: seg.size, isRow: false });
    }
  }
  return lines;
}

function typicalLineGap(lines: readonly TextLine[]): number {
  const gaps = lines
    .slice(1)
    .map((line, i) => (lines[i]?.y ?? line.y) - line.y)
    .sort((a, b) => a - b);
  return gaps[Math.floor((gaps.length - 1) / 2)] ?? 0;
}

/** Whether `next` continues the sentence of `prev`, i.e. `prev` ended only because it was full. */
function continuesProse(prev: TextLine, next: TextLine, blockRight: number): boolean {
  if (BULLET.test(next.text) || prev.isRow || next.isRow) return false;
  if (/\p{L}-$/u.test(prev.text) && /^\p{Ll}/u.test(next.text)) return true;
  if (prev.text.split(/\s+/).length < 4) return false;
  const firstWord = next.text.split(/\s+/)[0] ?? '';
  const roomLeft = blockRight - prev.x1;
  return roomLeft < (firstWord.length + 1) * prev.size * 0.5;
}

export function blockToText(segs: readonly Segment[]): string {
  const lines = mergeBaselines(segs);
  const blockRight = Math.max(...lines.map((l) => l.x1));
  const lineGap = typicalLineGap(lines);
  let text = '';
  lines.forEach((line, i) => {
    const prev = lines[i - 1];
    if (!prev) {
      text = line.text;
      return;
    }
    const sizeChanged = Math.abs(line.size - prev.size) > Math.min(line.size, prev.size) * 0.15;
    const wideGap = lineGap > 0 && prev.y - line.y > lineGap * 1.4 + 0.5;
    if (sizeChanged || wideGap) text += `\n\n${line.text}`;
    else if (continuesProse(prev, line, blockRight)) text = joinWrappedLine(text, line.text);
    else text += `\n${line.text}`;
  });
  return text;
}
