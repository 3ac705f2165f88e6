// The interviewer's voice: the local player, and the avatar when the candidate chose one. Reply
// audio goes to both; while the replica is live the player is muted (still fed, so its clock,
// levels and the transcript timing do not change) and unmuted the moment the avatar falls back.
// "Playing" counts either one, because the replica's voice runs a little behind the muted
// player's clock; it drives the "speaking" status and lets a goodbye finish.

import type { PcmPlayer } from '../../services/audio/types';
import type { AvatarVoice, InterviewerVoice } from './voice-types';

export interface InterviewerVoiceDeps {
  player: Pick<PcmPlayer, 'enqueue' | 'flush' | 'onPlaying' | 'setMuted'>;
  avatar?: AvatarVoice;
  now: () => number;
}

export function createInterviewerVoice({ player, avatar, now }: InterviewerVoiceDeps): InterviewerVoice {
  const listeners = new Set<() => void>();
  let playerPlaying = false;
  let playing = false;
  let stoppedAt: number | undefined;
  let mutedForAvatar = false;

  function update() {
    const next = playerPlaying || (avatar?.speaking() ?? false);
    if (playing && !next) stoppedAt = now();
    playing = next;
    listeners.forEach((l) => l());
  }

  function followAvatar() {
    const status = avatar?.view().status;
    if (status === 'live' && !mutedForAvatar) player.setMuted(true);
    // The player kept the reply's place while muted: the rest of it is heard from here on.
    if (status === 'voice' && mutedForAvatar) player.setMuted(false);
    mutedForAvatar = status === 'live' || (mutedForAvatar && status !== 'voice');
    update();
  }

  const offs = [
    player.onPlaying((p) => {
      playerPlaying = p;
      avatar?.playerPlaying(p);
      update();
    }),
    avatar?.subscribe(followAvatar) ?? (() => {}),
  ];

  return {
    enqueue(pcm) {
      // The avatar first: enqueue() may hand the buffer to the audio thread, leaving `pcm` empty.
      avatar?.audio(pcm);
      player.enqueue(pcm);
    },
    flush() {
      player.flush();
      avatar?.interrupted();
    },
    turnDone: () => avatar?.turnDone(),
    playing: () => playing,
    stoppedAt: () => stoppedAt,
    on(_event, listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    dispose: () => offs.forEach((off) => off()),
  };
}
