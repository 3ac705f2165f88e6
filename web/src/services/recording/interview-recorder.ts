// Records one interview to the store as it happens: each chunk the encoder hands over is written
// at once, together with the recording's facts as they stand after it, in one transaction, so a
// crash loses only the chunk being encoded (a few seconds). A failed write, a full disk above
// all, stops the recording with a sentence; the interview itself carries on.
import {
  StoreError,
  type RecordingInfo,
  type RecordingPart,
  type RecordingStopReason,
  type Store,
  type TurnOffset,
} from '../storage/types';
import type { ChunkEncoder } from './chunk-encoder';

export type RecorderStatus =
  | { status: 'idle' }
  | { status: 'recording' }
  /** Stopped early, `atMs` into the recording, while the interview went on. */
  | { status: 'stopped'; reason: RecordingStopReason; atMs: number }
  | { status: 'done' };

export interface InterviewRecorderDeps {
  interviewId: string;
  encoder: ChunkEncoder;
  store: Pick<Store, 'putRecordingInfo' | 'appendRecordingChunk'>;
  /** The interview's clock (the scale of Turn.startMs). */
  interviewClock: () => number;
  /** Monotonic milliseconds, for the recording's own length. */
  now: () => number;
  /** Epoch milliseconds, for the record's date. */
  wallClock: () => number;
  /** How much audio each chunk holds: at most this much is lost in a crash. */
  sliceMs?: number;
  onStatus?: (status: RecorderStatus) => void;
  /**
   * The recording this interview already has (it was resumed after a reload): the new audio is
   * a part of its own after it, and the earlier parts and their turns are kept.
   */
  resume?: RecordingInfo;
}

export interface InterviewRecorder {
  start(): Promise<void>;
  /** The transcript's turns so far; those that began after the recording did get an offset. */
  noteTurns(turns: readonly { seq: number; startMs: number }[]): void;
  /** Writes the last chunk and marks the recording complete. */
  stop(): Promise<void>;
  status(): RecorderStatus;
}

export const RECORDING_SLICE_MS = 2000;

/** Turns that began up to this long before the recording started still count as in it. */
const START_TOLERANCE_MS = 1000;

/**
 * Each part's chunks get their own range of keys, so a new part never overwrites an earlier one
 * whatever their counts (a million chunks of 2 s is over three weeks of audio).
 */
export const PART_SEQ_STRIDE = 1_000_000;

const stopReason = (error: unknown): RecordingStopReason =>
  error instanceof StoreError && error.reason === 'quota' ? 'quota' : 'write';

export function makeInterviewRecorder(deps: InterviewRecorderDeps): InterviewRecorder {
  let status: RecorderStatus = { status: 'idle' };
  /** The facts as of the newest chunk handed over, and as of the newest chunk stored. */
  let info: RecordingInfo | undefined;
  let saved: RecordingInfo | undefined;
  let startedAt = 0;
  let seq = 0;
  let writes: Promise<void> = Promise.resolve();
  let offsets: TurnOffset[] = [];
  /** Where this encoder's audio begins: on the recording's timeline and on the interview's clock. */
  let part: RecordingPart = { byteOffset: 0, offsetMs: 0, startedAtMs: 0 };
  /** The turns an earlier part already placed. */
  let earlierOffsets: TurnOffset[] = [];

  const setStatus = (next: RecorderStatus) => {
    status = next;
    deps.onStatus?.(next);
  };
  const elapsed = () => part.offsetMs + deps.now() - startedAt;

  async function giveUp(error: unknown): Promise<void> {
    if (status.status !== 'recording' || !saved) return;
    const reason = stopReason(error);
    setStatus({ status: 'stopped', reason, atMs: saved.durationMs });
    await deps.encoder.stop().catch(() => undefined);
    // Best effort: with a full disk even these few bytes may not fit, and the facts written
    // with the last chunk already match the audio that was kept.
    await deps.store.putRecordingInfo({ ...saved, state: 'stopped', stoppedBecause: reason }).catch(() => undefined);
  }

  function onChunk(blob: Blob): void {
    if (!info || status.status !== 'recording') return;
    info = { ...info, bytes: info.bytes + blob.size, durationMs: elapsed(), turnOffsets: offsets };
    const chunk = { interviewId: deps.interviewId, seq: seq++, blob };
    const facts = info;
    writes = writes
      .then(async () => {
        if (status.status !== 'recording') return;
        await deps.store.appendRecordingChunk(chunk, facts);
        saved = facts;
      })
      .catch(giveUp);
  }

  return {
    async start() {
      if (status.status !== 'idle') return;
      startedAt = deps.now();
      info = deps.resume ? resumedInfo(deps.resume, deps.interviewClock()) : firstInfo(deps);
      part = info.laterParts?.at(-1) ?? { byteOffset: 0, offsetMs: 0, startedAtMs: info.startedAtMs };
      seq = (info.laterParts?.length ?? 0) * PART_SEQ_STRIDE;
      earlierOffsets = info.turnOffsets;
      offsets = earlierOffsets;
      try {
        await deps.store.putRecordingInfo(info);
        saved = info;
      } catch (error) {
        setStatus({ status: 'stopped', reason: stopReason(error), atMs: 0 });
        return;
      }
      setStatus({ status: 'recording' });
      deps.encoder.start(deps.sliceMs ?? RECORDING_SLICE_MS, onChunk);
    },
    noteTurns(turns) {
      if (!info) return;
      const from = part.startedAtMs;
      const placed = new Set(earlierOffsets.map((o) => o.seq));
      const fresh = turns
        .filter((t) => !placed.has(t.seq) && t.startMs >= from - START_TOLERANCE_MS)
        .map((t) => ({ seq: t.seq, offsetMs: part.offsetMs + Math.max(0, t.startMs - from) }));
      offsets = [...earlierOffsets, ...fresh];
    },
    async stop() {
      if (status.status !== 'recording') return;
      await deps.encoder.stop();
      await writes;
      if (status.status !== 'recording' || !info) return;
      const final: RecordingInfo = { ...info, durationMs: elapsed(), turnOffsets: offsets, state: 'complete' };
      try {
        await deps.store.putRecordingInfo(final);
        setStatus({ status: 'done' });
      } catch (error) {
        await giveUp(error);
      }
    },
    status: () => status,
  };
}

function firstInfo(deps: InterviewRecorderDeps): RecordingInfo {
  return {
    interviewId: deps.interviewId,
    mimeType: deps.encoder.mimeType,
    createdAt: deps.wallClock(),
    startedAtMs: deps.interviewClock(),
    durationMs: 0,
    bytes: 0,
    turnOffsets: [],
    state: 'recording',
  };
}

/** The earlier recording with a new part opened at its end; it is 'recording' again until stopped. */
function resumedInfo(earlier: RecordingInfo, interviewNow: number): RecordingInfo {
  const { stoppedBecause: _gone, ...kept } = earlier;
  const next: RecordingPart = { byteOffset: earlier.bytes, offsetMs: earlier.durationMs, startedAtMs: interviewNow };
  return { ...kept, state: 'recording', laterParts: [...(earlier.laterParts ?? []), next] };
}
