import { onCleanup, onMount, type Component } from 'solid-js';
import type { AvatarLink } from './avatar-link';

/**
 * The replica's face and its lip-synced voice. Shown only once the room switched to the avatar,
 * which is after the candidate's click, so the browser lets the voice play. The words are in
 * the captions, so the face is hidden from assistive technology.
 */
export const AvatarView: Component<{ link: AvatarLink }> = (props) => {
  let video: HTMLVideoElement | undefined;
  let audio: HTMLAudioElement | undefined;
  onMount(() => {
    if (!video || !audio) return;
    const detach = props.link.attach(video, audio);
    onCleanup(detach);
  });
  return (
    <>
      <video ref={video} class="avatar-video" muted playsinline aria-hidden="true" />
      <audio ref={audio} class="avatar-voice" />
    </>
  );
};
