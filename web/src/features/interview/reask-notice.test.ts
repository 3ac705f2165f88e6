import { describe, expect, it } from 'vitest';
import { createManualClock } from '../../lib/testing/manual-clock';
import { createMemoryStore } from '../../services/storage/memory-store';
import { makeInterviewSession } from './interview-session';
import { REASK_NOTICE } from './reask-notice';
import { createFakeLiveClient, createFakeMic, createFakePlayer, type FakeLiveClient } from './testing/fakes';

function room() {
  const clock = createManualClock(1000);
  let client: FakeLiveClient | undefined;
  const session = makeInterviewSession({
    interviewId: 'iv-reask',
    setup: {
      topic: 'Go',
      level: 'Intermediate',
      voice: 'Kore',
      languageCode: 'en-US',
      lengthMinutes: 10,
      patience: 'normal',
      avatar: false,
    },
    createLiveClient: () => (client = createFakeLiveClient()),
    mic: createFakeMic(),
    player: createFakePlayer(),
    store: createMemoryStore(),
    clock,
    wallClock: () => 1_700_000_000_000 + clock.now(),
    holdLock: () => () => undefined,
  });
  const live = () => {
    if (!client) throw new Error('no live client yet');
    return client;
  };
  return { session, live };
}

describe('the room after a reconnect that cut the interviewer', () => {
  it('tells the candidate in one calm line, until the interviewer has said it again', async () => {
    const { session, live } = room();
    await session.start();
    live().emit('outputTranscript', { text: 'Tell me about a time' });
    live().emit('resumed', { cause: 'drop', reasked: true });
    expect(session.snapshot().notice).toBe(REASK_NOTICE);
    live().emit('outputTranscript', { text: 'Tell me about a time you disagreed.' });
    expect(session.snapshot().notice).toBe(REASK_NOTICE);
    live().emit('turnComplete', {});
    expect(session.snapshot().notice).toBeUndefined();
  });

  it('says nothing after a reconnect at a quiet moment', async () => {
    const { session, live } = room();
    await session.start();
    live().emit('resumed', { cause: 'goAway', reasked: false });
    expect(session.snapshot().notice).toBeUndefined();
  });
});
