import type { OutputGap } from '../page/probe-records.ts';

// Underruns counted at the destination, the same way for every player: a run of exact zeros
// (page/zero-runs.ts) that lies inside one reply. The fake's reply voice has no digital silence
// (its dither floor), so such a run is the player having had nothing to play. A run is inside a
// reply when a reply had started before it and no reply started before sound came back: the sound
// that ended it can only be the same reply's. The silence between two replies always holds the
// next reply's start, so it is never counted; nor is a run after a reply was cut (barge-in), which
// ends with the next reply. Times are page milliseconds (render time for gaps; the fake's send of
// each reply's first chunk, moved onto the page clock, for starts).

/** The gaps that count as underruns: starting in [from, to), inside one reply. */
export function underrunsAtOutput(
  gaps: readonly OutputGap[],
  replyStarts: readonly number[],
  from = Number.NEGATIVE_INFINITY,
  to = Number.POSITIVE_INFINITY,
): OutputGap[] {
  return gaps.filter(
    (g) =>
      g.start >= from &&
      g.start < to &&
      replyStarts.some((s) => s <= g.start) &&
      !replyStarts.some((s) => s > g.start && s <= g.end),
  );
}

/** Silence the counted gaps left, in ms. */
export function starvedMs(gaps: readonly OutputGap[]): number {
  return gaps.reduce((sum, g) => sum + (g.end - g.start), 0);
}
