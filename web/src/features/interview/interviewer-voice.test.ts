import { describe, expect, it } from 'vitest';
import { watchInterviewerVoice } from './interviewer-voice';
import { createFakePlayer } from './testing/fakes';

function voice(withAvatar: boolean) {
  const player = createFakePlayer();
  let replicaSpeaking = false;
  const avatarListeners = new Set<() => void>();
  const avatar = { speaking: () => replicaSpeaking, subscribe: (l: () => void) => (avatarListeners.add(l), () => void avatarListeners.delete(l)) };
  const c: { playing: boolean; stoppedPlayingAt?: number } = { playing: false };
  let now = 0;
  let changes = 0;
  const stop = watchInterviewerVoice({ player, ...(withAvatar ? { avatar } : {}), c, now: () => now, onChange: () => changes++ });
  const replica = (speaking: boolean) => {
    replicaSpeaking = speaking;
    avatarListeners.forEach((l) => l());
  };
  return { player, c, replica, stop, at: (t: number) => (now = t), changes: () => changes };
}

describe('watchInterviewerVoice', () => {
  it('follows the player when there is no avatar', () => {
    const { player, c, at } = voice(false);
    player.setPlaying(true);
    expect(c.playing).toBe(true);
    at(500);
    player.setPlaying(false);
    expect(c).toEqual({ playing: false, stoppedPlayingAt: 500 });
  });

  it('counts the interviewer as speaking while either the player or the replica is', () => {
    const { player, c, replica, at } = voice(true);
    player.setPlaying(true);
    replica(true);
    at(300);
    player.setPlaying(false);
    expect(c.playing).toBe(true); // the replica's voice runs behind the muted player
    at(900);
    replica(false);
    expect(c).toEqual({ playing: false, stoppedPlayingAt: 900 });
  });

  it('stops listening when told', () => {
    const { player, replica, stop, changes } = voice(true);
    stop();
    player.setPlaying(true);
    replica(true);
    expect(changes()).toBe(0);
  });
});
