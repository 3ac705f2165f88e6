import { describe, expect, it } from 'vitest';
import { AVATAR_DROPPED_MESSAGE, AVATAR_UNAVAILABLE_MESSAGE } from './avatar-fallback';
import { fakeTrack, participant, replicaParticipant } from './testing/fake-call-object';
import { CONVERSATION, fakeMediaElement, sessionHarness } from './testing/session-harness';
import { AvatarError } from './types';

const LEFT = ['leave', 'destroy'];

describe('DailyAvatarSession joining', () => {
  it('creates a call object that sends no media and avoids eval, and joins the conversation room', async () => {
    const h = sessionHarness();
    await h.live();
    expect(h.call().options).toEqual({
      audioSource: false,
      videoSource: false,
      startAudioOff: true,
      startVideoOff: true,
      dailyConfig: { avoidEval: true },
    });
    expect(h.call().joinedUrl).toBe(CONVERSATION.conversationUrl);
    expect(h.daily.created).toHaveLength(1);
  });

  it('waits for the replica, ignoring other participants', async () => {
    const h = sessionHarness();
    const outcome = h.startSettled();
    await h.clock.flush();
    h.call().enter(participant('observer-42', 'observer-session'));
    await h.clock.advance(1000);
    expect(h.session.tracks()).toEqual({});
    h.call().enter(replicaParticipant());
    expect(await outcome).toBe('live');
  });

  it('goes live at once when the replica is already in the room', async () => {
    const h = sessionHarness({}, (call) => void (call.room['replica-session'] = replicaParticipant()));
    expect(await h.startSettled()).toBe('live');
  });

  it('exposes the replica’s persistent tracks, then tracks that start later', async () => {
    const h = sessionHarness();
    await h.live();
    expect(h.session.tracks()).toEqual({ video: fakeTrack('video'), audio: fakeTrack('audio') });
    const newer = fakeTrack('video', 'replica-video-2');
    h.call().emit('track-started', { participant: replicaParticipant(), track: newer, type: 'video' });
    h.call().emit('track-started', {
      participant: participant('observer', 'other'),
      track: fakeTrack('audio', 'x'),
      type: 'audio',
    });
    expect(h.session.tracks().video).toBe(newer);
    expect(h.session.tracks().audio?.id).toBe('replica-audio');
    expect(h.events.tracks.at(-1)?.video).toBe(newer);
  });

  it('shows the tracks in the elements it is given, the video muted, and lets go on detach', async () => {
    const h = sessionHarness();
    await h.live();
    const video = fakeMediaElement();
    const audio = fakeMediaElement();
    const detach = h.session.attach(video as unknown as HTMLVideoElement, audio as unknown as HTMLAudioElement);
    expect(video.srcObject?.track.id).toBe('replica-video');
    expect(audio.srcObject?.track.id).toBe('replica-audio');
    expect([video.muted, video.playsInline, audio.muted]).toEqual([true, true, false]);
    expect([video.plays, audio.plays]).toEqual([1, 1]);
    detach();
    expect([video.srcObject, audio.srcObject]).toEqual([null, null]);
  });
});

describe('DailyAvatarSession fallback', () => {
  it('gives up when no replica joins within 8 s, and leaves the room', async () => {
    const h = sessionHarness();
    const outcome = h.startSettled();
    await h.clock.advance(7999);
    expect(h.call().calls).toEqual(['join']);
    await h.clock.advance(1);
    const err = await outcome;
    expect(err).toBeInstanceOf(AvatarError);
    expect(err).toMatchObject({ reason: 'no-replica', message: AVATAR_UNAVAILABLE_MESSAGE });
    expect(h.call().calls).toEqual(['join', ...LEFT]);
    expect(h.events.ended).toHaveLength(1);
  });

  it('counts a join that hangs against the same 8 s', async () => {
    const h = sessionHarness({}, (call) => (call.joinOutcome = 'hang'));
    const outcome = h.startSettled();
    await h.clock.advance(8000);
    expect(await outcome).toMatchObject({ reason: 'no-replica' });
    expect(h.call().calls).toEqual(['join', ...LEFT]);
  });

  it('reports a join Daily refused, and still leaves and destroys', async () => {
    const h = sessionHarness({}, (call) => (call.joinOutcome = 'reject'));
    expect(await h.startSettled()).toMatchObject({ reason: 'join-failed', message: AVATAR_UNAVAILABLE_MESSAGE });
    expect(h.call().calls).toEqual(['join', ...LEFT]);
  });

  it('reports daily-js failing to load, without creating a call object', async () => {
    const h = sessionHarness({
      loadDaily: () => Promise.reject(new Error('Failed to fetch dynamically imported module')),
    });
    expect(await h.startSettled()).toMatchObject({ reason: 'join-failed' });
    expect(h.daily.created).toHaveLength(0);
    expect(h.events.ended).toHaveLength(1);
  });

  it('rejects start on a Daily error while joining', async () => {
    const h = sessionHarness();
    const outcome = h.startSettled();
    await h.clock.flush();
    h.call().emit('error', { errorMsg: 'connection error' });
    expect(await outcome).toMatchObject({ reason: 'daily-error' });
    expect(h.call().calls).toEqual(['join', ...LEFT]);
  });

  const midCall = [
    [
      'a Daily error',
      'daily-error',
      (h: ReturnType<typeof sessionHarness>) => h.call().emit('error', { errorMsg: 'network error' }),
    ],
    [
      'the replica leaving',
      'replica-left',
      (h: ReturnType<typeof sessionHarness>) => h.call().exit(replicaParticipant()),
    ],
    [
      'being removed from the room',
      'left-meeting',
      (h: ReturnType<typeof sessionHarness>) => h.call().emit('left-meeting', {}),
    ],
  ] as const;

  for (const [what, reason, cause] of midCall) {
    it(`falls back on ${what} mid-interview: one calm sentence, then the room is left`, async () => {
      const h = sessionHarness();
      await h.live();
      cause(h);
      await h.clock.flush();
      expect(h.events.failed).toEqual([{ reason, message: AVATAR_DROPPED_MESSAGE }]);
      expect(h.call().calls.slice(-2)).toEqual(LEFT);
      expect(h.events.ended).toHaveLength(1);
      expect(h.session.tracks()).toEqual({});
      expect(h.call().listenerCount()).toBe(0);
    });
  }

  it('rides out a short network interruption but falls back after 5 s without a reconnect', async () => {
    const h = sessionHarness();
    await h.live();
    h.call().emit('network-connection', { type: 'signaling', event: 'interrupted' });
    await h.clock.advance(3000);
    h.call().emit('network-connection', { type: 'signaling', event: 'connected' });
    await h.clock.advance(10_000);
    expect(h.events.failed).toEqual([]);
    h.call().emit('network-connection', { type: 'sfu', event: 'interrupted' });
    await h.clock.advance(5000);
    expect(h.events.failed.map((f) => f.reason)).toEqual(['connection-lost']);
    expect(h.call().calls.slice(-2)).toEqual(LEFT);
  });

  it('falls back when the browser will not play the replica’s voice', async () => {
    const h = sessionHarness();
    await h.live();
    const blocked = () => Promise.reject(new DOMException('play() needs a user gesture', 'NotAllowedError'));
    h.session.attach(
      fakeMediaElement() as unknown as HTMLVideoElement,
      fakeMediaElement(blocked) as unknown as HTMLAudioElement,
    );
    await h.clock.flush();
    expect(h.events.failed.map((f) => f.reason)).toEqual(['playback-blocked']);
    expect(h.events.failed[0]?.message).toBe(AVATAR_UNAVAILABLE_MESSAGE);
  });
});

describe('DailyAvatarSession stop', () => {
  it('leaves then destroys exactly once, however often it is called', async () => {
    const h = sessionHarness();
    await h.live();
    await Promise.all([h.session.stop(), h.session.stop()]);
    await h.session.stop();
    expect(h.call().calls).toEqual(['join', 'startRemoteParticipantsAudioLevelObserver', ...LEFT]);
    expect(h.events.ended).toHaveLength(1);
    expect(h.events.failed).toHaveLength(0);
  });

  it('destroys the call object even when leave fails', async () => {
    const h = sessionHarness({}, (call) => (call.leaveFailure = new Error('not in a call')));
    await h.live();
    await h.session.stop();
    expect(h.call().calls.slice(-2)).toEqual(LEFT);
  });

  it('cancels a start that is still waiting for the replica', async () => {
    const h = sessionHarness();
    const outcome = h.startSettled();
    await h.clock.flush();
    await h.session.stop();
    expect(await outcome).toMatchObject({ reason: 'cancelled' });
    expect(h.call().calls).toEqual(['join', ...LEFT]);
    expect(h.clock.pendingTimers()).toBe(0);
  });

  it('creates nothing when stopped before start, and refuses a second start', async () => {
    const h = sessionHarness();
    await h.session.stop();
    expect(await h.startSettled()).toBeInstanceOf(Error);
    expect(h.daily.created).toHaveLength(0);
  });
});

describe('DailyAvatarSession tracks that arrive late', () => {
  it('picks up tracks the replica gained while start() was settling', async () => {
    const h = sessionHarness();
    const outcome = h.startSettled();
    await h.clock.flush();
    const bare = participant('tavus-replica-r1', 'replica-session');
    h.call().enter(bare); // joined without tracks yet
    h.call().room['replica-session'] = replicaParticipant(); // its tracks appear before we go live
    expect(await outcome).toBe('live');
    expect(h.session.tracks()).toEqual({ video: fakeTrack('video'), audio: fakeTrack('audio') });
  });
});
