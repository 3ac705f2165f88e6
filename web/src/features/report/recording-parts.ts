// A recording made in parts (the interview was resumed after a reload, and each part is a file of
// its own with its own header): where each part's bytes and time lie, and which part holds a
// moment of the whole recording's timeline. Pure numbers; create-replay.ts plays the parts.
import type { RecordingInfo } from '../../services/storage/types';

export interface PartSpan {
  byteStart: number;
  byteEnd: number;
  /** On the whole recording's timeline (the scale of turn offsets). */
  startMs: number;
  endMs: number;
}

export function recordingParts(info: Pick<RecordingInfo, 'bytes' | 'durationMs' | 'laterParts'>): PartSpan[] {
  const starts = [{ byteOffset: 0, offsetMs: 0 }, ...(info.laterParts ?? [])];
  return starts.map((part, i) => {
    const next = starts[i + 1];
    return {
      byteStart: part.byteOffset,
      byteEnd: next?.byteOffset ?? info.bytes,
      startMs: part.offsetMs,
      endMs: next?.offsetMs ?? info.durationMs,
    };
  });
}

/** The part that holds `ms` (the last one for a moment past the end), and where in it. */
export function locate(parts: readonly PartSpan[], ms: number): { index: number; localMs: number } {
  let index = 0;
  parts.forEach((part, i) => {
    if (part.startMs <= ms) index = i;
  });
  return { index, localMs: Math.max(0, ms - (parts[index]?.startMs ?? 0)) };
}
