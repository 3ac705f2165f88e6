// One <audio> element playing a recording made in parts (recording-parts.ts) as if it were one:
// positions are on the whole recording's timeline; a part that ends hands over to the next,
// which plays on; a seek into another part loads that part first and lands once it is ready.

export interface PlayablePart {
  url: string;
  startMs: number;
}

export interface PartPlayer {
  /** Where playback is, on the whole recording's timeline, in ms. */
  nowMs(): number;
  /** Moves to `ms` (loading its part when another one is in the element); plays if asked. */
  seek(ms: number, play: boolean): void;
  /** A part is loading: the element's time and seeks mean nothing yet. */
  loading(): boolean;
}

export function makePartPlayer(
  audio: HTMLAudioElement,
  parts: readonly PlayablePart[],
  locate: (ms: number) => { index: number; localMs: number },
): PartPlayer {
  let current = 0;
  /** Where to land in a part that is loading, in its own seconds. */
  let pending: number | undefined = 0;
  let playWhenReady = false;

  const land = () => {
    audio.currentTime = pending ?? 0;
    pending = undefined;
    if (playWhenReady) void audio.play().catch(() => undefined);
    playWhenReady = false;
  };
  // MediaRecorder's WebM has no duration in its header; seeking to the end once makes Chromium
  // find it, and only then does a seek into the part land where it should.
  audio.addEventListener('loadedmetadata', () => {
    if (audio.duration !== Infinity) return land();
    audio.addEventListener('durationchange', land, { once: true });
    audio.currentTime = Number.MAX_SAFE_INTEGER;
  });
  audio.addEventListener('ended', () => {
    const next = parts[current + 1];
    if (next) load(current + 1, 0, true);
  });

  function load(index: number, localSeconds: number, play: boolean): void {
    const part = parts[index];
    if (!part) return;
    current = index;
    pending = localSeconds;
    playWhenReady = play;
    audio.src = part.url;
  }

  return {
    loading: () => pending !== undefined,
    nowMs: () => (parts[current]?.startMs ?? 0) + audio.currentTime * 1000,
    seek(ms, play) {
      const { index, localMs } = locate(ms);
      if (index !== current) return load(index, localMs / 1000, play);
      if (pending !== undefined) {
        // Still loading: land there (and play) once it is ready.
        pending = localMs / 1000;
        playWhenReady ||= play;
        return;
      }
      audio.currentTime = localMs / 1000;
      if (play) void audio.play().catch(() => undefined);
    },
  };
}
