// The report's player state: the stored recording as an object URL, the moment being heard, the
// turn that moment belongs to, and seeking from the transcript. An answer's own play button
// stops at the end of that answer.
import { createMemo, createResource, createSignal, onCleanup, type Accessor } from 'solid-js';
import type { RecordingInfo, Store } from '../../services/storage/types';
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
  /** Set by an answer's own play button: playback pauses at its end. */
  let onlySpan: TurnSpan | undefined;
  /** Nothing is highlighted until the recording has been played or seeked by the candidate. */
  let started = false;

  const onTime = () => {
    if (!audio || !started) return;
    const ms = audio.currentTime * 1000;
    setCurrentMs(ms);
    if (onlySpan && ms >= onlySpan.endMs) {
      onlySpan = undefined;
      audio.pause();
    }
  };
  const onSeeking = () => {
    const ms = (audio?.currentTime ?? 0) * 1000;
    // A seek by hand outside the answer ends "only this answer".
    if (onlySpan && (ms < onlySpan.startMs - 250 || ms >= onlySpan.endMs)) onlySpan = undefined;
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
      if (!audio || !span) return;
      onlySpan = onlyThisTurn ? span : undefined;
      started = true;
      audio.currentTime = span.startMs / 1000;
      setCurrentMs(span.startMs);
      void audio.play().catch(() => undefined);
    },
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
