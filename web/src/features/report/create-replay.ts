// The report's player state: the stored recording as an object URL, the moment being heard, the
// turn that moment belongs to, and seeking from the transcript. An answer's own play button
// stops at the end of that answer.
import { createMemo, createResource, createSignal, onCleanup, type Accessor } from 'solid-js';
import type { RecordingInfo, Store } from '../../services/storage/types';
import { answerPlaylist, step, type Segment } from './answer-playlist';
import { turnAt, turnSpans, type TurnSpan } from './replay-sync';

export interface LoadedRecording {
  url: string;
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

/** MediaRecorder's WebM has no duration in its header; seeking to the end once makes Chromium find it. */
function findDuration(audio: HTMLAudioElement): void {
  audio.addEventListener('loadedmetadata', () => {
    if (audio.duration !== Infinity) return;
    audio.addEventListener('durationchange', () => (audio.currentTime = 0), { once: true });
    audio.currentTime = Number.MAX_SAFE_INTEGER;
  });
}

export function createReplay(interviewId: string, store: Pick<Store, 'getRecording'>): Replay {
  const [recording] = createResource(async (): Promise<LoadedRecording | undefined> => {
    const stored = await store.getRecording(interviewId).catch(() => undefined);
    if (!stored || stored.blob.size === 0) return undefined;
    const { blob, ...info } = stored;
    return { url: URL.createObjectURL(blob), info, bytes: blob.size, blob };
  });
  onCleanup(() => {
    const url = recording.latest?.url;
    if (url) URL.revokeObjectURL(url);
  });
  const [currentMs, setCurrentMs] = createSignal<number>();
  const spans = createMemo(() => {
    const info = recording()?.info;
    return info ? turnSpans(info.turnOffsets, info.durationMs) : [];
  });
  let audio: HTMLAudioElement | undefined;
  /** Set by an answer's own play button: its parts still to hear; playback pauses after the last. */
  let queue: Segment[] = [];
  /** Nothing is highlighted until the recording has been played or seeked by the candidate. */
  let started = false;

  const onTime = () => {
    if (!audio || !started) return;
    const ms = audio.currentTime * 1000;
    setCurrentMs(ms);
    const next = step(queue, ms);
    if (next.kind === 'seek') {
      queue = next.rest;
      audio.currentTime = next.toMs / 1000;
    } else if (next.kind === 'pause') {
      queue = [];
      audio.pause();
    }
  };
  const onSeeking = () => {
    const ms = (audio?.currentTime ?? 0) * 1000;
    // A seek by hand outside the part being heard ends "only this answer".
    const current = queue[0];
    if (current && (ms < current.startMs - 250 || ms >= current.endMs)) queue = [];
  };
  const playFrom = (segments: Segment[]) => {
    const first = segments[0];
    if (!audio || !first) return;
    started = true;
    audio.currentTime = first.startMs / 1000;
    queue = segments;
    setCurrentMs(first.startMs);
    void audio.play().catch(() => undefined);
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
      findDuration(element);
      element.addEventListener('play', () => (started = true));
      element.addEventListener('timeupdate', onTime);
      element.addEventListener('seeked', onTime);
      element.addEventListener('seeking', onSeeking);
    },
  };
}
