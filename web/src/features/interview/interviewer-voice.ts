// Whether the candidate is hearing the interviewer: the local player while it plays, and the
// replica while it talks (its lip-synced voice runs a little behind the muted player's clock,
// so either one counts). This drives the "speaking" status and lets a goodbye finish.

import type { PcmPlayer } from '../../services/audio/types';
import type { AvatarLink } from './avatar-link';
import type { Conversation } from './live-wiring';

export interface InterviewerVoiceOptions {
  player: Pick<PcmPlayer, 'onPlaying'>;
  avatar?: Pick<AvatarLink, 'speaking' | 'subscribe'>;
  c: Pick<Conversation, 'playing' | 'stoppedPlayingAt'>;
  now: () => number;
  onChange: () => void;
}

/** Keeps `c.playing` and `c.stoppedPlayingAt` current; returns a function that stops watching. */
export function watchInterviewerVoice(o: InterviewerVoiceOptions): () => void {
  let playerPlaying = false;
  const update = () => {
    const playing = playerPlaying || (o.avatar?.speaking() ?? false);
    if (playing !== o.c.playing && !playing) o.c.stoppedPlayingAt = o.now();
    o.c.playing = playing;
    o.onChange();
  };
  const offs = [
    o.player.onPlaying((playing) => {
      playerPlaying = playing;
      update();
    }),
    o.avatar?.subscribe(update) ?? (() => {}),
  ];
  return () => offs.forEach((off) => off());
}
