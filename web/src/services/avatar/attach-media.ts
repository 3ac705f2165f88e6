// Shows the replica's tracks in the interviewer panel's <video> and <audio> elements and keeps
// them current. In call-object mode Daily plays nothing by itself: this is the only output.

import type { AvatarTracks } from './types';

export interface AttachMediaArgs {
  video: HTMLVideoElement;
  audio: HTMLAudioElement;
  tracks: () => AvatarTracks;
  onTracks: (cb: (tracks: AvatarTracks) => void) => () => void;
  /** The browser refused to play the replica's voice: the candidate would hear nothing. */
  onBlocked: () => void;
  makeStream?: (track: MediaStreamTrack) => MediaStream;
}

export function attachTracks(args: AttachMediaArgs): () => void {
  const makeStream = args.makeStream ?? ((track: MediaStreamTrack) => new MediaStream([track]));
  const shown = new Map<HTMLMediaElement, MediaStreamTrack | undefined>();
  // The face is silent (its voice goes through the audio element), so it may always autoplay.
  args.video.muted = true;
  args.video.playsInline = true;

  function show(element: HTMLMediaElement, track: MediaStreamTrack | undefined, isVoice: boolean) {
    if (shown.get(element) === track) return;
    shown.set(element, track);
    element.srcObject = track ? makeStream(track) : null;
    if (!track) return;
    element.play().catch((err: unknown) => {
      // AbortError only means a newer track replaced this one before it started.
      if (isVoice && err instanceof DOMException && err.name === 'NotAllowedError') args.onBlocked();
    });
  }

  const apply = (tracks: AvatarTracks) => {
    show(args.video, tracks.video, false);
    show(args.audio, tracks.audio, true);
  };
  apply(args.tracks());
  const off = args.onTracks(apply);
  return () => {
    off();
    apply({});
  };
}
