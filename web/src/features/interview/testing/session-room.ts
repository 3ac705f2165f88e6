// A whole interview session over fakes, for the session's own tests: a manual clock, a fake
// player, microphone and Live client (a new one for each connect) and a memory store. Each test
// adds what it is about (an avatar, a detector, a tick) and keeps its own helpers.

import type { InterviewSetup } from '../../../lib/interview';
import { createManualClock, type ManualClock } from '../../../lib/testing/manual-clock';
import { createMemoryStore } from '../../../services/storage/memory-store';
import type { Store } from '../../../services/storage/types';
import { makeInterviewSession, type InterviewSession, type InterviewSessionDeps } from '../interview-session';
import {
  createFakeLiveClient,
  createFakeMic,
  createFakePlayer,
  type FakeLiveClient,
  type FakeMic,
  type FakePlayer,
} from './fakes';

type Fixed = 'interviewId' | 'setup' | 'createLiveClient' | 'mic' | 'player' | 'store' | 'clock';

export type SessionRoomOptions = Partial<Omit<InterviewSessionDeps, Fixed>> & {
  /** When the test builds something on the clock before the session (an avatar link). */
  clock?: ManualClock;
  /** When the test's microphone or player can do more than the plain fakes (ports). */
  mic?: FakeMic;
  player?: FakePlayer;
  /** Each connect's new client, when the test's clients carry more (media routes). */
  makeLiveClient?: () => FakeLiveClient;
};

export interface SessionRoom {
  clock: ManualClock;
  mic: FakeMic;
  player: FakePlayer;
  store: Store;
  clients: FakeLiveClient[];
  session: InterviewSession;
  /** The newest Live client. */
  live: () => FakeLiveClient;
}

export function createSessionRoom(setup: InterviewSetup, options: SessionRoomOptions = {}): SessionRoom {
  const {
    clock = createManualClock(1000),
    mic = createFakeMic(),
    player = createFakePlayer(),
    makeLiveClient = createFakeLiveClient,
    ...deps
  } = options;
  const store = createMemoryStore();
  const clients: FakeLiveClient[] = [];
  const session = makeInterviewSession({
    interviewId: 'iv1',
    setup,
    createLiveClient: () => {
      const client = makeLiveClient();
      clients.push(client);
      return client;
    },
    mic,
    player,
    store,
    clock,
    ...deps,
  });
  const live = () => {
    const client = clients.at(-1);
    if (!client) throw new Error('no Live client yet');
    return client;
  };
  return { clock, mic, player, store, clients, session, live };
}
