import type { AudibleOnset, CaptureRecord, ProbeRecords } from '../page/probe-records.ts';

// Turns what the page probe recorded into latency samples. Pure functions of the records (all
// times in the page's performance.now() milliseconds), so each rule is unit-tested.

const SAMPLES_PER_MS = 16;
/** An onset further than this from a reply's first byte is not that reply's. */
const MAX_REPLY_TO_ONSET_MS = 1000;

/** One interviewer utterance as the fake server saw it, converted to page time. */
export interface UtteranceTimes {
  /** When the fake decided to reply (before synthesising the voice). */
  requestedAt: number;
  /** When its first audio chunk went out. */
  startedAt: number;
}

export interface CaptureLatencies {
  /** From the chunk's newest sample reaching the audio graph to the WebSocket send. */
  newest: number[];
  /** From its oldest sample: the newest plus the chunk's own length (what buffering in chunks costs). */
  oldest: number[];
  /**
   * Chunks held back on purpose and sent when the answer opened (captured before an activityStart,
   * sent after it: the pre-roll of the room's own turn-taking), from their newest sample. Their wait
   * is the detector's, not the path's, so they are kept out of `newest` and `oldest`.
   */
  heldBack: number[];
}

/** Chunks captured at or after `from` (and before `to`) that were sent. */
export function captureToWire(
  r: ProbeRecords,
  from = Number.NEGATIVE_INFINITY,
  to = Number.POSITIVE_INFINITY,
): CaptureLatencies {
  const sent = r.captures.filter((c) => c.sentAt >= 0 && !c.ambiguous && c.capturedAt >= from && c.capturedAt < to);
  const held = (c: CaptureRecord): boolean => r.activityStarts.some((a) => c.capturedAt < a && a <= c.sentAt);
  const live = sent.filter((c) => !held(c));
  const newest = live.map((c) => c.sentAt - c.capturedAt);
  return {
    newest,
    oldest: live.map((c, i) => (newest[i] ?? 0) + c.samples / SAMPLES_PER_MS),
    heldBack: sent.filter(held).map((c) => c.sentAt - c.capturedAt),
  };
}

/** The first onset at or after `time` (by render time), within `withinMs`. */
export function onsetAfter(
  onsets: readonly AudibleOnset[],
  time: number,
  withinMs = MAX_REPLY_TO_ONSET_MS,
): AudibleOnset | undefined {
  return onsets.find((o) => o.renderedAt >= time && o.renderedAt - time <= withinMs);
}

export interface ReplyLatencies {
  /** First reply byte in the page → its first sample at the speakers (getOutputTimestamp). */
  audible: number[];
  /** The same, to the moment the audio graph rendered it (no device latency). */
  rendered: number[];
}

/**
 * Each reply's first audio message paired with the next silence → sound onset. A reply that
 * queues behind audio still playing makes no onset of its own and gives no sample.
 */
export function replyToAudible(
  r: ProbeRecords,
  from = Number.NEGATIVE_INFINITY,
  to = Number.POSITIVE_INFINITY,
): ReplyLatencies {
  const out: ReplyLatencies = { audible: [], rendered: [] };
  const starts = r.replyStarts.filter((t) => t >= from && t < to);
  starts.forEach((start, i) => {
    const onset = onsetAfter(r.onsets, start);
    const next = starts[i + 1] ?? r.replyStarts.find((t) => t > start) ?? Number.POSITIVE_INFINITY;
    if (!onset || onset.renderedAt >= next) return;
    out.audible.push(onset.at - start);
    out.rendered.push(onset.renderedAt - start);
  });
  return out;
}

/**
 * End of the candidate's turn → the reply audible, minus the fake's own "model time" (deciding to
 * speak → first chunk out): the client's share (the chunk that carried the end, the network, and
 * playback). The end is where the client's part starts: with server voice detection, the end of
 * speech plus the silence the Patience setting asks the server to wait (`silenceMs`); with the
 * room's own turn-taking (`silenceMs` undefined), the activityEnd it sent, so the end-of-turn
 * policy's own wait (issue 19's figure) is left out.
 */
export function speechEndToAudio(
  r: ProbeRecords,
  utterances: readonly UtteranceTimes[],
  silenceMs: number | undefined,
): number[] {
  const samples: number[] = [];
  for (const u of utterances) {
    const onset = onsetAfter(r.onsets, u.startedAt);
    const end = turnEnd(r, u, silenceMs);
    if (!onset || end === undefined) continue;
    // Only a reply to that turn: decided within a second of its end, no new speech before it is heard.
    if (u.requestedAt - end > 1000) continue;
    if (r.speech.some((s) => s.start > end && s.start < onset.at)) continue;
    samples.push(onset.at - end - (u.startedAt - u.requestedAt));
  }
  return samples;
}

function turnEnd(r: ProbeRecords, u: UtteranceTimes, silenceMs: number | undefined): number | undefined {
  if (silenceMs === undefined) return r.activityEnds.filter((t) => t <= u.requestedAt).at(-1);
  const spoken = r.speech.filter((s) => s.end <= u.requestedAt).at(-1);
  return spoken && spoken.end + silenceMs;
}

/** Start click → the first onset after it, minus the fake's time to produce the greeting. */
export function startToAudio(r: ProbeRecords, greeting: UtteranceTimes | undefined): number | undefined {
  if (r.startClickAt === undefined || !greeting) return undefined;
  const onset = r.onsets.find((o) => o.renderedAt >= r.startClickAt!);
  if (!onset) return undefined;
  return onset.at - r.startClickAt - (greeting.startedAt - greeting.requestedAt);
}

/** Where the time from the Start click goes, each stage measured from the click (ms). */
export interface StartStages {
  tokenReceived?: number;
  socketOpened?: number;
  setupComplete?: number;
  firstReplyByte?: number;
  audible?: number;
}

export function startStages(r: ProbeRecords, tokenResponseEnd: number | undefined): StartStages {
  const click = r.startClickAt;
  if (click === undefined) return {};
  const since = (t: number | undefined): number | undefined => (t === undefined || t < click ? undefined : t - click);
  const socket = r.sockets.find((s) => s.openedAt >= click);
  return {
    tokenReceived: since(tokenResponseEnd),
    socketOpened: since(socket?.openedAt),
    setupComplete: since(socket && socket.firstMessageAt >= 0 ? socket.firstMessageAt : undefined),
    firstReplyByte: since(r.replyStarts.find((t) => t >= click)),
    audible: since(r.onsets.find((o) => o.renderedAt >= click)?.at),
  };
}
