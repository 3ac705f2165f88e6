// The report's player state: the stored recording as an object URL, the moment being heard, the
// turn that moment belongs to, and seeking from the transcript. An answer's own play button
// stops at the end of that answer.
import { createMemo, createResource, createSignal, onCleanup, type Accessor } from 'solid-js';
import type { RecordingInfo, Store } from '../../services/storage/types';
import { answerPlaylist, step, type Segment } from './answer-playlist';
import { makePartPlayer, type PartPlayer } from './part-player';
import { locate, recordingParts } from './recording-parts';
import { turnAt, turnSpans, type TurnSpan } from './replay-sync';

export interface LoadedRecording {
  /** The first part's; a resumed interview's recording has one per part, played in turn. */
  url: string;
  parts: { url: string; startMs: number; blob: Blob }[];
  info: RecordingInfo;
  bytes: number;
  blob: Blob;
}

export interface Replay {
  recording: Accessor<LoadedRecording | undefined>;
  /** The seq of the turn being heard, while the recording has been started. */
  activeSeq: Accessor<number | undefined>;
  /** Where a turn starts in the recording; undefined for turns said before it began. */
  spanOf(seq: number): TurnSpan | undefined;
  /** Plays from the start of a turn; with `onlyThisTurn`, pauses where the next one starts. */
  play(seq: number, onlyThisTurn?: boolean): void;
  /** Plays these turns one after the other (an answer given in parts), then pauses. */
  playTurns(seqs: readonly number[]): void;
  attach(audio: HTMLAudioElement): void;
}

export function createReplay(interviewId: string, store: Pick<Store, 'getRecording'>): Replay {
  const [recording] = createResource(async (): Promise<LoadedRecording | undefined> => {
    const stored = await store.getRecording(interviewId).catch(() => undefined);
    if (!stored || stored.blob.size === 0) return undefined;
    const { blob, ...info } = stored;
    const parts = recordingParts(info).map((p) => {
      const part = blob.slice(p.byteStart, p.byteEnd, info.mimeType);
      return { url: URL.createObjectURL(part), startMs: p.startMs, blob: part };
    });
    return { url: parts[0]?.url ?? '', parts, info, bytes: blob.size, blob };
  });
  onCleanup(() => recording.latest?.parts.forEach((p) => URL.revokeObjectURL(p.url)));
  const [currentMs, setCurrentMs] = createSignal<number>();
  const spans = createMemo(() => {
    const info = recording()?.info;
    return info ? turnSpans(info.turnOffsets, info.durationMs) : [];
  });
  let audio: HTMLAudioElement | undefined;
  let player: PartPlayer | undefined;
  /** Set by an answer's own play button: its parts still to hear; playback pauses after the last. */
  let queue: Segment[] = [];
  /** Nothing is highlighted until the recording has been played or seeked by the candidate. */
  let started = false;

  const onTime = () => {
    if (!audio || !player || !started || player.loading()) return;
    const ms = player.nowMs();
    setCurrentMs(ms);
    const next = step(queue, ms);
    if (next.kind === 'seek') {
      queue = next.rest;
      player.seek(next.toMs, true);
    } else if (next.kind === 'pause') {
      queue = [];
      audio.pause();
    }
  };
  const onSeeking = () => {
    if (!player || player.loading()) return;
    const ms = player.nowMs();
    // A seek by hand outside the part being heard ends "only this answer".
    const current = queue[0];
    if (current && (ms < current.startMs - 250 || ms >= current.endMs)) queue = [];
  };
  const playFrom = (segments: Segment[]) => {
    const first = segments[0];
    if (!player || !first) return;
    started = true;
    queue = segments;
    player.seek(first.startMs, true);
    setCurrentMs(first.startMs);
  };

  return {
    recording: () => recording(),
    activeSeq: () => {
      const ms = currentMs();
      return ms === undefined ? undefined : turnAt(spans(), ms);
    },
    spanOf: (seq) => spans().find((s) => s.seq === seq),
    play(seq, onlyThisTurn = false) {
      const span = spans().find((s) => s.seq === seq);
      if (!span) return;
      // Played on to the end, the queue is a single stretch that never ends before the recording.
      playFrom([onlyThisTurn ? span : { startMs: span.startMs, endMs: Number.POSITIVE_INFINITY }]);
    },
    playTurns: (seqs) => playFrom(answerPlaylist(spans(), seqs)),
    attach(element) {
      audio = element;
      const parts = recording()?.parts ?? [];
      const spansOfParts = recordingParts(recording()?.info ?? { bytes: 0, durationMs: 0 });
      player = makePartPlayer(element, parts, (ms) => locate(spansOfParts, ms));
      element.addEventListener('play', () => (started = true));
      element.addEventListener('timeupdate', onTime);
      element.addEventListener('seeked', onTime);
      element.addEventListener('seeking', onSeeking);
    },
  };
}
