// Where the transcript meets the recording: each turn's start offset, the turn being heard at a
// given moment, and where an answer ends so its own play button can stop there. Pure numbers.
import type { TurnOffset } from '../../services/storage/types';

export interface TurnSpan {
  seq: number;
  startMs: number;
  /** Where the next turn starts, or the end of the recording. */
  endMs: number;
}

/** Spans in recording order; turns without an offset (said before the recording began) have none. */
export function turnSpans(offsets: readonly TurnOffset[], durationMs: number): TurnSpan[] {
  const sorted = [...offsets].sort((a, b) => a.offsetMs - b.offsetMs || a.seq - b.seq);
  return sorted.map((o, i) => ({
    seq: o.seq,
    startMs: o.offsetMs,
    endMs: Math.max(o.offsetMs, sorted[i + 1]?.offsetMs ?? durationMs),
  }));
}

/** The turn being heard at `ms`: the last one that has started. Undefined before the first. */
export function turnAt(spans: readonly TurnSpan[], ms: number): number | undefined {
  let found: number | undefined;
  for (const span of spans) {
    if (span.startMs > ms) break;
    found = span.seq;
  }
  return found;
}
