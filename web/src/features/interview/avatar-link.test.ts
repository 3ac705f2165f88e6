import { describe, expect, it } from 'vitest';
import { AVATAR_BUSY_MESSAGE, AVATAR_DROPPED_MESSAGE } from '../../services/avatar/avatar-fallback';
import { AvatarError, type EchoStats } from '../../services/avatar/types';
import { createManualClock } from '../../lib/testing/manual-clock';
import { createAvatarLink } from './avatar-link';
import { createInterviewerVoice } from './interviewer-voice';
import { createFakeAvatarOpener } from './testing/fake-avatar';
import { createFakePlayer } from './testing/fakes';

const pcm = (v: number) => new Int16Array([v, v]);

function link() {
  const clock = createManualClock();
  const player = createFakePlayer();
  const opener = createFakeAvatarOpener();
  const reports: EchoStats[] = [];
  const avatar = createAvatarLink({ open: opener.open, clock, report: (s) => reports.push(s) });
  // The voice owns the player: it mutes it while the replica speaks and tells the avatar when it sounds.
  createInterviewerVoice({ player, avatar, now: () => clock.now() });
  let changes = 0;
  avatar.subscribe(() => changes++);
  return { clock, player, opener, avatar, reports, changes: () => changes };
}

describe('createAvatarLink', () => {
  it('opens the avatar once, however often the room asks', () => {
    const { opener, avatar } = link();
    expect(avatar.view()).toEqual({ status: 'opening' });
    avatar.open();
    avatar.open();
    expect(opener.opens).toBe(1);
  });

  it('once the replica is live, mutes the player and gives the replica every reply chunk in order', async () => {
    const { clock, player, opener, avatar } = link();
    avatar.open();
    opener.goLive();
    await clock.flush();
    expect(avatar.view()).toEqual({ status: 'live' });
    expect(player.mutes).toEqual([true]);
    avatar.audio(pcm(1));
    avatar.audio(pcm(2));
    avatar.turnDone();
    avatar.audio(pcm(3));
    avatar.interrupted();
    expect(opener.session.spoken).toEqual([1, 2, 3]);
    expect(opener.session.calls).toEqual(['speak', 'speak', 'endTurn', 'speak', 'interrupt']);
  });

  it('lets a reply being played locally finish before the replica takes over', async () => {
    const { clock, player, opener, avatar } = link();
    avatar.open();
    avatar.audio(pcm(1));
    player.setPlaying(true);
    opener.goLive();
    await clock.flush();
    expect(avatar.view()).toEqual({ status: 'opening' });
    avatar.audio(pcm(2));
    avatar.turnDone();
    expect(player.mutes).toEqual([]); // the reply is still playing
    player.setPlaying(false);
    expect(avatar.view()).toEqual({ status: 'live' });
    expect(player.mutes).toEqual([true]);
    avatar.audio(pcm(3));
    expect(opener.session.spoken).toEqual([3]);
  });

  it('falls back mid-interview: unmutes the player, keeps the sentence, and sends the replica nothing more', async () => {
    const { clock, player, opener, avatar, changes } = link();
    avatar.open();
    opener.goLive();
    await clock.flush();
    avatar.audio(pcm(1));
    const before = changes();
    opener.session.emit('failed', { reason: 'replica-left', message: AVATAR_DROPPED_MESSAGE });
    expect(changes()).toBeGreaterThan(before);
    expect(avatar.view()).toEqual({ status: 'voice', message: AVATAR_DROPPED_MESSAGE });
    expect(player.mutes).toEqual([true, false]);
    avatar.audio(pcm(2));
    avatar.turnDone();
    expect(opener.session.spoken).toEqual([1]);
    expect(opener.session.calls).not.toContain('endTurn');
  });

  it('turns a refused start into voice only with its sentence, and leaves the player alone', async () => {
    const { clock, player, opener, avatar } = link();
    avatar.open();
    opener.refuse(new AvatarError('unavailable', AVATAR_BUSY_MESSAGE));
    await clock.flush();
    expect(avatar.view()).toEqual({ status: 'voice', message: AVATAR_BUSY_MESSAGE });
    expect(player.mutes).toEqual([]);
  });

  it('reports the replica speaking only while it is the interviewer’s voice', async () => {
    const { clock, opener, avatar } = link();
    avatar.open();
    opener.goLive();
    await clock.flush();
    opener.session.emit('speaking', { speaking: true, source: 'tavus' });
    expect(avatar.speaking()).toBe(true);
    opener.session.emit('failed', { reason: 'daily-error', message: AVATAR_DROPPED_MESSAGE });
    expect(avatar.speaking()).toBe(false);
  });

  it('is ready as soon as the replica is live or refused, and stops waiting after the time given', async () => {
    const { clock, opener, avatar } = link();
    await avatar.ready(1000); // never opened: nothing to wait for
    avatar.open();
    let ready = false;
    void avatar.ready(4000).then(() => (ready = true));
    await clock.advance(3999);
    expect(ready).toBe(false);
    await clock.advance(1);
    expect(ready).toBe(true);
    const again = avatar.ready(4000);
    opener.goLive();
    await again;
    expect(clock.pendingTimers()).toBe(0);
  });

  it('gives up an avatar still opening when closed, without a notice', async () => {
    const { opener, avatar } = link();
    avatar.open();
    await avatar.close();
    expect(opener.signal?.aborted).toBe(true);
    expect(opener.closes).toBe(1);
    expect(avatar.view()).toEqual({ status: 'closed' });
  });

  it('closes a live avatar once and reports its echo figures', async () => {
    const { clock, opener, avatar, reports } = link();
    avatar.open();
    opener.goLive();
    await clock.flush();
    avatar.audio(pcm(1));
    await Promise.all([avatar.close(), avatar.close()]);
    expect(opener.closes).toBe(1);
    expect(opener.session.calls.at(-1)).toBe('stop');
    expect(reports).toHaveLength(1);
    expect(reports[0]?.messagesSent).toBe(1);
  });

  it('closes an avatar that arrives after the room closed', async () => {
    const { opener, avatar } = link();
    avatar.open();
    opener.goLive(); // resolved, but the room closes before it hears
    await avatar.close();
    expect(opener.session.calls).toContain('stop');
    expect(avatar.view()).toEqual({ status: 'closed' });
  });

  it('shows the replica through the opened session', async () => {
    const { clock, opener, avatar } = link();
    const video = {} as HTMLVideoElement;
    const audio = {} as HTMLAudioElement;
    avatar.attach(video, audio)(); // nothing opened yet: a harmless no-op
    avatar.open();
    opener.goLive();
    await clock.flush();
    avatar.attach(video, audio)();
    expect(opener.session.calls).toEqual(['attach', 'detach']);
  });

  it('hands the replica’s voice track on as it appears and changes, for the recording, and none once closed', async () => {
    const { clock, opener, avatar } = link();
    const seen: (MediaStreamTrack | undefined)[] = [];
    avatar.onVoiceTrack((track) => seen.push(track));
    avatar.open();
    opener.goLive();
    await clock.flush();
    const first = { id: 'voice-1' } as MediaStreamTrack;
    const second = { id: 'voice-2' } as MediaStreamTrack;
    opener.session.currentTracks = { audio: first };
    opener.session.emit('tracks', { audio: first });
    expect(avatar.voiceTrack()).toBe(first);
    opener.session.currentTracks = { audio: second };
    opener.session.emit('tracks', { audio: second });
    expect(seen).toEqual([first, second]);
    await avatar.close();
    expect(avatar.voiceTrack()).toBeUndefined();
  });
});
