import type { SpeechSpan, Turn } from './interview';

// Speaking time as measured from the voice, never from when transcription text arrived (text
// arrives late, in bursts, and once gave a "0 s" answer 11,392 wpm). Rules the figures keep:
// - a turn's voice is measured only when it carries `speech` spans; a turn without them (older
//   interviews, no detector) is "not measured", and typed turns have no voice at all;
// - speaking time is the length of each voiced span, start to end: the short gaps between words
//   inside a span belong to speech as a listener hears it, while the silences between spans are
//   pauses and are not speaking time;
// - a pause is a silence of at least MIN_PAUSE_MS between two spans of the same answer.

/** A silence inside an answer this long or longer is a pause (thinking, not breathing). */
export const MIN_PAUSE_MS = 1_000;

/** The silences of at least MIN_PAUSE_MS between consecutive spans. */
export interface Pause {
  /** When the silence began (the end of the span before it). */
  atMs: number;
  ms: number;
}

const spanMs = (span: SpeechSpan): number => Math.max(0, span.endMs - span.startMs);

/** Spans of several turns as one timeline: in time order, overlaps merged. */
export function joinSpans(spans: readonly SpeechSpan[]): SpeechSpan[] {
  const joined: SpeechSpan[] = [];
  for (const span of [...spans].sort((a, b) => a.startMs - b.startMs)) {
    const last = joined.at(-1);
    if (last && span.startMs <= last.endMs) {
      last.voicedMs = Math.min(last.voicedMs + span.voicedMs, Math.max(last.endMs, span.endMs) - last.startMs);
      last.endMs = Math.max(last.endMs, span.endMs);
    } else {
      joined.push({ ...span });
    }
  }
  return joined;
}

/** The voiced spans of `turns` as one timeline, or null when any of them was not measured. */
export function measuredSpans(turns: readonly Turn[]): SpeechSpan[] | null {
  if (turns.length === 0 || turns.some((turn) => turn.speech === undefined)) return null;
  return joinSpans(turns.flatMap((turn) => turn.speech ?? []));
}

export function speakingMs(spans: readonly SpeechSpan[]): number {
  return spans.reduce((sum, span) => sum + spanMs(span), 0);
}

/** From the first voice to the last, pauses included; 0 when no voice was heard. */
export function lengthMs(spans: readonly SpeechSpan[]): number {
  const first = spans[0];
  const last = spans.at(-1);
  return first && last ? Math.max(0, last.endMs - first.startMs) : 0;
}

export function pausesBetween(spans: readonly SpeechSpan[]): Pause[] {
  const pauses: Pause[] = [];
  for (let i = 1; i < spans.length; i++) {
    const before = spans[i - 1] as SpeechSpan;
    const gap = (spans[i] as SpeechSpan).startMs - before.endMs;
    if (gap >= MIN_PAUSE_MS) pauses.push({ atMs: before.endMs, ms: gap });
  }
  return pauses;
}
