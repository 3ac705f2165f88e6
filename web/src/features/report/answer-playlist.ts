// Playing a whole answer that was given in several turns (the candidate paused, the interviewer
// said "go on", the answer went on): the turns' spans are played one after the other, skipping
// whatever was said between them, and playback pauses at the end of the last. Pure numbers; the
// player (create-replay.ts) asks `step` at every time update.
import type { TurnSpan } from './replay-sync';

export interface Segment {
  startMs: number;
  endMs: number;
}

/** Spans closer than this are played as one, so a seek never lands a few ms further on. */
const JOIN_GAP_MS = 50;

/** The recorded spans of `seqs`, in recording order, touching ones joined. Turns with no span are left out. */
export function answerPlaylist(spans: readonly TurnSpan[], seqs: readonly number[]): Segment[] {
  const wanted = new Set(seqs);
  const picked = spans.filter((s) => wanted.has(s.seq)).sort((a, b) => a.startMs - b.startMs);
  const segments: Segment[] = [];
  for (const span of picked) {
    const last = segments.at(-1);
    if (last && span.startMs - last.endMs <= JOIN_GAP_MS) last.endMs = Math.max(last.endMs, span.endMs);
    else segments.push({ startMs: span.startMs, endMs: span.endMs });
  }
  return segments;
}

export type PlaylistStep = { kind: 'play' } | { kind: 'seek'; toMs: number; rest: Segment[] } | { kind: 'pause' };

/**
 * What to do at `ms` while `queue` (the segments not yet finished, first being heard) plays:
 * go on inside the first, jump to the next once it ends, pause after the last.
 */
export function step(queue: readonly Segment[], ms: number): PlaylistStep {
  const [current, ...rest] = queue;
  if (!current || ms < current.endMs) return { kind: 'play' };
  const next = rest[0];
  return next ? { kind: 'seek', toMs: next.startMs, rest } : { kind: 'pause' };
}
