import type { ProbeRecords, UnpairedSend } from '../page/probe-records.ts';
import { framesToCaptures } from './frame-times.ts';

// The Live worker's probe records moved onto the page's clock and merged into the page's, so every
// figure reads one set of records whichever thread held the socket. Then every audio send (the
// page's or the worker's) is paired with the page's chunks by fingerprint
// (bench/page/probe-fingerprint.ts), in order: chunks go out in the order they were captured, so
// each send's chunk is found after the previous send's.
// A send whose bytes match more than one unsent chunk since then (digital silence repeats) is
// given the earliest, marked `ambiguous` (its time is kept out of the latency figures, while lost
// listening still counts it as sent) and counted (`ambiguousSends`); one matching none is unmatched.

/**
 * `offsetMs`: the worker's time origin minus the page's (add it to a worker time for page time).
 * `withFrames`: the worker's capture frames become the page's capture records (the Live worker's
 * only: the detector's worker receives the same frames).
 */
export function mergeWorkerRecords(
  page: ProbeRecords,
  worker: ProbeRecords,
  offsetMs: number,
  withFrames = false,
): void {
  const shift = (t: number): number => (t < 0 ? t : t + offsetMs);
  const firstSocket = page.sockets.length;
  page.sockets.push(
    ...worker.sockets.map((s) => ({ ...s, openedAt: shift(s.openedAt), firstMessageAt: shift(s.firstMessageAt) })),
  );
  page.replyStarts = [...page.replyStarts, ...worker.replyStarts.map(shift)].sort((a, b) => a - b);
  page.activityStarts = [...page.activityStarts, ...worker.activityStarts.map(shift)].sort((a, b) => a - b);
  page.activityEnds = [...page.activityEnds, ...worker.activityEnds.map(shift)].sort((a, b) => a - b);
  page.goAways.push(...worker.goAways.map((g) => ({ at: shift(g.at), socket: g.socket + firstSocket })));
  page.uninspectedMessages += worker.uninspectedMessages;
  page.unmatchedSends += worker.unmatchedSends;
  page.sends = [...page.sends, ...worker.sends.map((s) => ({ ...s, at: shift(s.at), socket: s.socket + firstSocket }))];
  page.sends.sort((a, b) => a.at - b.at);
  if (!withFrames) return;
  const { captures, capped } = framesToCaptures(worker.frames, page.captureClocks, offsetMs);
  page.captures = [...page.captures, ...captures].sort((a, b) => a.capturedAt - b.capturedAt);
  page.cappedCaptureTimes += capped;
}

/** Marks each chunk with the time and socket of the send that carried it (see the top of this file). */
export function pairSends(page: ProbeRecords): void {
  const sends: readonly UnpairedSend[] = page.sends;
  const byKey = new Map<number, number[]>();
  page.captures.forEach((c, i) => {
    if (c.key < 0) return;
    const same = byKey.get(c.key);
    if (same) same.push(i);
    else byKey.set(c.key, [i]);
  });
  let after = -1;
  for (const send of sends) {
    const candidates = (byKey.get(send.key) ?? []).filter((i) => {
      const chunk = page.captures[i];
      return i > after && chunk !== undefined && chunk.sentAt < 0 && chunk.capturedAt <= send.at;
    });
    const first = candidates[0];
    const chunk = first === undefined ? undefined : page.captures[first];
    if (first === undefined || !chunk) {
      page.unmatchedSends++;
      continue;
    }
    chunk.sentAt = send.at;
    chunk.socket = send.socket;
    if (candidates.length > 1) {
      page.ambiguousSends++;
      chunk.ambiguous = true;
    }
    after = first;
  }
}
