import { describe, expect, it } from 'vitest';
import type { InterviewSetup } from '../../lib/interview';
import { AVATAR_BUSY_MESSAGE, AVATAR_DROPPED_MESSAGE } from '../../services/avatar/avatar-fallback';
import { AvatarError } from '../../services/avatar/types';
import { createManualClock } from '../../lib/testing/manual-clock';
import { createAvatarLink } from './avatar-link';
import type { SessionSnapshot } from './session-types';
import { createFakeAvatarOpener } from './testing/fake-avatar';
import { createSessionRoom } from './testing/session-room';
import { SAMPLE_SETUP } from '../../lib/testing/sample-setup';

const setup: InterviewSetup = { ...SAMPLE_SETUP, avatar: true };
const pcm = (v: number) => new Int16Array([v, v, v]);

/** A room with the avatar chosen; the test decides when (and whether) the replica arrives. */
function avatarRoom() {
  const clock = createManualClock(1000);
  const opener = createFakeAvatarOpener();
  const avatar = createAvatarLink({ open: opener.open, clock, report: () => undefined });
  const { player, store, session, live } = createSessionRoom(setup, { clock, avatar, avatarWaitMs: 4000 });
  const statuses: string[] = [];
  session.subscribe((s: SessionSnapshot) => {
    const label = s.phase.status === 'preparing' ? `preparing:${s.phase.step}` : s.phase.status;
    if (statuses.at(-1) !== label) statuses.push(label);
  });
  /** Starts the interview with the replica arriving while the interviewer connects. */
  async function startLive() {
    const starting = session.start();
    await clock.flush();
    opener.goLive();
    await starting;
  }
  return { clock, player, store, opener, avatar, session, statuses, live, startLive };
}

describe('makeInterviewSession with the avatar', () => {
  it('opens the avatar beside the interviewer and greets only once the replica is there', async () => {
    const { clock, opener, session, statuses, live, player } = avatarRoom();
    const starting = session.start();
    await clock.flush();
    expect(opener.opens).toBe(1); // asked for while the Live session connects
    expect(statuses.at(-1)).toBe('preparing:avatar');
    expect(live().sent).toEqual([]); // no greeting yet
    opener.goLive();
    await starting;
    expect(statuses.slice(-2)).toEqual(['preparing:avatar', 'live']);
    expect(live().sent).toEqual([expect.stringMatching(/Greet them/) as unknown]);
    expect(session.snapshot().avatar).toEqual({ status: 'live' });
    expect(player.mutes).toEqual([true]);
  });

  it('sends every reply chunk to the replica (before the player takes its buffer) and keeps the player fed but muted', async () => {
    const { opener, player, session, live, startLive } = avatarRoom();
    await startLive();
    live().emit('audio', { pcm: pcm(1) });
    live().emit('outputTranscript', { text: 'Hello.' });
    live().emit('audio', { pcm: pcm(2) });
    live().emit('turnComplete', {});
    expect(opener.session.spoken).toEqual([1, 2]);
    expect(player.played).toEqual([1, 2]);
    expect(player.mutes).toEqual([true]);
    expect(opener.session.calls).toEqual(['speak', 'speak', 'endTurn']);
    expect(session.snapshot().turns.map((t) => t.text)).toEqual(['Hello.']);
  });

  it('stops the replica with the player when the candidate barges in, and ends its turn on a reconnect', async () => {
    const { opener, player, live, startLive } = avatarRoom();
    await startLive();
    live().emit('audio', { pcm: pcm(1) });
    live().emit('interrupted', {});
    expect(player.flushes).toBe(1);
    live().emit('audio', { pcm: pcm(2) });
    live().emit('resumed', { cause: 'goAway' });
    expect(opener.session.calls).toEqual(['speak', 'interrupt', 'speak', 'endTurn']);
  });

  it('counts the replica talking as the interviewer speaking, and waits for its goodbye to end', async () => {
    const { clock, opener, player, session, live, startLive } = avatarRoom();
    await startLive();
    live().emit('audio', { pcm: pcm(1) });
    live().emit('outputTranscript', { text: 'Goodbye!' });
    live().emit('toolCall', { id: 'fc1', name: 'end_interview', args: {} });
    live().emit('turnComplete', {});
    player.setPlaying(true);
    player.setPlaying(false); // the muted player ran dry; the replica is still talking
    opener.session.emit('speaking', { speaking: true, source: 'tavus' });
    expect(session.snapshot().activity).toBe('speaking');
    await clock.advance(2000);
    expect(session.snapshot().phase.status).toBe('ending');
    opener.session.emit('speaking', { speaking: false, source: 'tavus' });
    await clock.advance(500);
    expect(session.snapshot().phase).toEqual({ status: 'ended', by: 'interviewer' });
    expect(opener.closes).toBe(1);
  });

  it('carries on with voice and says why when the avatar cannot start', async () => {
    const { clock, opener, player, session, live } = avatarRoom();
    const starting = session.start();
    await clock.flush();
    opener.refuse(new AvatarError('unavailable', AVATAR_BUSY_MESSAGE));
    await starting;
    expect(session.snapshot().phase.status).toBe('live');
    expect(session.snapshot().avatar).toEqual({ status: 'voice', message: AVATAR_BUSY_MESSAGE });
    live().emit('audio', { pcm: pcm(1) });
    expect(player.played).toEqual([1]);
    expect(player.mutes).toEqual([]);
    expect(opener.session.spoken).toEqual([]);
  });

  it('greets with voice when the avatar is slow, and lets the replica take over at the first pause', async () => {
    const { clock, opener, player, session, live } = avatarRoom();
    const starting = session.start();
    await clock.advance(4000);
    await starting;
    expect(session.snapshot().phase.status).toBe('live');
    expect(session.snapshot().avatar).toEqual({ status: 'opening' });
    live().emit('audio', { pcm: pcm(1) });
    player.setPlaying(true);
    opener.goLive();
    await clock.flush();
    live().emit('audio', { pcm: pcm(2) });
    live().emit('turnComplete', {});
    player.setPlaying(false);
    expect(session.snapshot().avatar).toEqual({ status: 'live' });
    live().emit('audio', { pcm: pcm(3) });
    expect(opener.session.spoken).toEqual([3]);
    expect(player.played).toEqual([1, 2, 3]);
  });

  it('falls back to voice mid-interview without losing a line, and keeps going', async () => {
    const { opener, player, session, store, live, startLive } = avatarRoom();
    await startLive();
    live().emit('audio', { pcm: pcm(1) });
    live().emit('outputTranscript', { text: 'Tell me about your last' });
    opener.session.emit('failed', { reason: 'replica-left', message: AVATAR_DROPPED_MESSAGE });
    expect(player.mutes).toEqual([true, false]);
    expect(session.snapshot().avatar).toEqual({ status: 'voice', message: AVATAR_DROPPED_MESSAGE });
    live().emit('audio', { pcm: pcm(2) });
    live().emit('outputTranscript', { text: ' role.' });
    live().emit('turnComplete', {});
    session.sendTypedAnswer('I led the payments team.');
    expect(session.snapshot().turns.map((t) => t.text)).toEqual([
      'Tell me about your last role.',
      'I led the payments team.',
    ]);
    expect(player.played).toEqual([1, 2]);
    expect(opener.session.spoken).toEqual([1]);
    await session.end();
    expect((await store.listTurns('iv1')).map((t) => t.text)).toEqual([
      'Tell me about your last role.',
      'I led the payments team.',
    ]);
  });

  it('closes the avatar when the candidate ends the interview', async () => {
    const { opener, session, startLive } = avatarRoom();
    await startLive();
    await session.end();
    expect(opener.closes).toBe(1);
    expect(session.snapshot().avatar).toEqual({ status: 'closed' });
  });

  it('closes the avatar when the room closes mid-interview', async () => {
    const { opener, session, startLive } = avatarRoom();
    await startLive();
    await session.dispose();
    expect(opener.closes).toBe(1);
  });

  it('gives up an avatar still opening when the room closes, and never greets', async () => {
    const { clock, opener, session, live } = avatarRoom();
    const starting = session.start();
    await clock.flush();
    await session.dispose();
    await starting;
    expect(opener.signal?.aborted).toBe(true);
    expect(opener.closes).toBe(1);
    expect(live().sent).toEqual([]);
  });

  it('stops the replica when the interviewer is lost for good', async () => {
    const { opener, live, startLive } = avatarRoom();
    await startLive();
    live().emit('audio', { pcm: pcm(1) });
    live().emit('error', { code: 'connection-lost', message: 'The connection to the interviewer was lost.' });
    expect(opener.session.calls).toEqual(['speak', 'interrupt']);
  });
});
