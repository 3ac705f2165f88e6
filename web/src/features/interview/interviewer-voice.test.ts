import { describe, expect, it } from 'vitest';
import { createInterviewerVoice } from './interviewer-voice';
import { createFakePlayer } from './testing/fakes';
import type { AvatarView, AvatarVoice } from './voice-types';

/** An avatar the test drives by hand: its view, whether the replica talks, and what it was told. */
function fakeAvatar() {
  let view: AvatarView = { status: 'opening' };
  let replicaSpeaking = false;
  const listeners = new Set<() => void>();
  const told: string[] = [];
  const avatar: AvatarVoice = {
    audio: (pcm) => void told.push(`audio ${pcm.length}`),
    turnDone: () => void told.push('turnDone'),
    interrupted: () => void told.push('interrupted'),
    playerPlaying: (p) => void told.push(`player ${p ? 'on' : 'off'}`),
    view: () => view,
    speaking: () => replicaSpeaking,
    subscribe: (l) => (listeners.add(l), () => void listeners.delete(l)),
  };
  const change = (next: { view?: AvatarView; speaking?: boolean }) => {
    view = next.view ?? view;
    replicaSpeaking = next.speaking ?? replicaSpeaking;
    listeners.forEach((l) => l());
  };
  return { avatar, told, change };
}

function voice(withAvatar: boolean) {
  const player = createFakePlayer();
  const a = fakeAvatar();
  let now = 0;
  let changes = 0;
  const v = createInterviewerVoice({ player, ...(withAvatar ? { avatar: a.avatar } : {}), now: () => now });
  v.on('change', () => changes++);
  return { player, v, ...a, at: (t: number) => (now = t), changes: () => changes };
}

describe('createInterviewerVoice', () => {
  it('follows the player when there is no avatar', () => {
    const { player, v, at } = voice(false);
    player.setPlaying(true);
    expect(v.playing()).toBe(true);
    at(500);
    player.setPlaying(false);
    expect([v.playing(), v.stoppedAt()]).toEqual([false, 500]);
  });

  it('counts the interviewer as speaking while either the player or the replica is', () => {
    const { player, v, change, at } = voice(true);
    player.setPlaying(true);
    change({ speaking: true });
    at(300);
    player.setPlaying(false);
    expect(v.playing()).toBe(true); // the replica's voice runs behind the muted player
    at(900);
    change({ speaking: false });
    expect([v.playing(), v.stoppedAt()]).toEqual([false, 900]);
  });

  it('gives the avatar each chunk before the player takes it, and tells it of barge-in and turn ends', () => {
    const { player, v, told } = voice(true);
    v.enqueue(new Int16Array(3));
    v.turnDone();
    v.flush();
    expect(told).toEqual(['audio 3', 'turnDone', 'interrupted']);
    expect(player.flushes).toBe(1);
  });

  it('mutes the player while the replica is live and unmutes it when the avatar falls back', () => {
    const { player, change } = voice(true);
    change({ view: { status: 'live' } });
    change({ speaking: true });
    expect(player.mutes).toEqual([true]);
    change({ view: { status: 'voice', message: 'The video interviewer left.' } });
    expect(player.mutes).toEqual([true, false]);
  });

  it('tells the avatar when the player starts and stops, so it takes over at a quiet moment', () => {
    const { player, told } = voice(true);
    player.setPlaying(true);
    player.setPlaying(false);
    expect(told).toEqual(['player on', 'player off']);
  });

  it('stops listening when disposed', () => {
    const { player, v, change, changes } = voice(true);
    v.dispose();
    player.setPlaying(true);
    change({ speaking: true });
    expect(changes()).toBe(0);
  });
});
