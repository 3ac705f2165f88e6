// The voiced spans of one speaker, waiting to be handed to the transcript turn they belong to.
// A span is either open (the voice is still going) or closed; a turn claims spans once, when it
// is first saved, and keeps them. An open span a turn claimed is finished later: `end` says
// which turn it belonged to, so that turn can be saved again with its full span.

import type { SpeechSpan } from '../../../lib/interview';

export interface SpanLedger {
  /** The voice began; a span already open is left as it is. */
  start(atMs: number): void;
  /** The voice stopped; returns the seq of the turn that had claimed the span, if one had. */
  end(atMs: number, voicedMs: number): number | undefined;
  /** Forgets the open span (it was not this speaker's voice after all). */
  cancel(): void;
  /** When the open span began; undefined while silent. */
  openSince(): number | undefined;
  /** End times of closed spans, oldest first (claimed or not). */
  endTimes(): readonly number[];
  /**
   * Turn `seq` takes every unclaimed span, and the open one, when `keep(span)` says so; the others
   * are dropped. A turn that claimed before keeps what it had. Returns the turn's spans.
   */
  claim(seq: number, keep?: (span: SpeechSpan) => boolean): SpeechSpan[];
  /** The next span to start goes to `seq` (a reply claimed before its playback began). */
  awaitNext(seq: number): void;
  /** Drops unclaimed closed spans that began at or before `atMs`. */
  discardUntil(atMs: number): void;
  spansOf(seq: number): SpeechSpan[] | undefined;
}

export function createSpanLedger(): SpanLedger {
  const unclaimed: SpeechSpan[] = [];
  const bySeq = new Map<number, SpeechSpan[]>();
  const ends: number[] = [];
  let open: { startMs: number; seq?: number } | undefined;
  let waitingSeq: number | undefined;

  return {
    start(atMs) {
      if (open) return;
      open = waitingSeq === undefined ? { startMs: atMs } : { startMs: atMs, seq: waitingSeq };
      waitingSeq = undefined;
    },
    end(atMs, voicedMs) {
      if (!open) return undefined;
      const span: SpeechSpan = { startMs: open.startMs, endMs: Math.max(open.startMs, atMs), voicedMs: 0 };
      span.voicedMs = Math.max(0, Math.min(voicedMs, span.endMs - span.startMs));
      const { seq } = open;
      open = undefined;
      ends.push(span.endMs);
      if (seq === undefined) unclaimed.push(span);
      else bySeq.get(seq)?.push(span);
      return seq;
    },
    cancel() {
      open = undefined;
    },
    openSince: () => open?.startMs,
    endTimes: () => ends,
    claim(seq, keep = () => true) {
      const had = bySeq.get(seq);
      if (had) return had.map((span) => ({ ...span }));
      const taken = unclaimed.splice(0).filter(keep);
      bySeq.set(seq, taken);
      if (open && open.seq === undefined) open.seq = seq;
      if (waitingSeq !== undefined && waitingSeq !== seq) waitingSeq = undefined;
      return taken.map((span) => ({ ...span }));
    },
    awaitNext(seq) {
      if (!open) waitingSeq = seq;
    },
    discardUntil(atMs) {
      const kept = unclaimed.filter((span) => span.startMs > atMs);
      unclaimed.splice(0, unclaimed.length, ...kept);
    },
    spansOf: (seq) => bySeq.get(seq)?.map((span) => ({ ...span })),
  };
}
