// Builds a DailyAvatarSession on a fake call object and a manual clock, and records its events.

import { createManualClock } from '../../../lib/testing/manual-clock';
import { createDailyAvatarSession, type DailyAvatarSessionOptions } from '../daily-avatar-session';
import type { AvatarEvents } from '../types';
import { fakeDaily, replicaParticipant, type FakeCallObject } from './fake-call-object';
import { sequentialIds } from './echo-fixtures';

export const CONVERSATION = { conversationUrl: 'https://tavus.daily.co/c123', conversationId: 'c123' };

export function sessionHarness(
  options: Partial<DailyAvatarSessionOptions> = {},
  configure?: (call: FakeCallObject) => void,
) {
  const clock = createManualClock(10_000);
  const daily = fakeDaily(configure);
  const session = createDailyAvatarSession({
    loadDaily: daily.loadDaily,
    clock,
    newInferenceId: sequentialIds(),
    makeStream: (track) => ({ track }) as unknown as MediaStream,
    ...options,
  });
  const events: { [K in keyof AvatarEvents]: AvatarEvents[K][] } = { speaking: [], tracks: [], failed: [], ended: [] };
  for (const name of ['speaking', 'tracks', 'failed', 'ended'] as const) {
    session.on(name, (payload) => (events[name] as unknown[]).push(payload));
  }
  const call = (): FakeCallObject => {
    const made = daily.created[0];
    if (!made) throw new Error('no call object was created');
    return made;
  };

  /** Starts, lets the replica in and resolves once the session is live. */
  async function live(): Promise<FakeCallObject> {
    const started = session.start(CONVERSATION);
    await clock.flush();
    call().enter(replicaParticipant());
    await started;
    return call();
  }

  /** Starts and settles to 'live' or to the AvatarError it rejected with (never unhandled). */
  function startSettled(): Promise<unknown> {
    return session.start(CONVERSATION).then(
      () => 'live',
      (err: unknown) => err,
    );
  }

  return { clock, daily, session, events, call, live, startSettled };
}

export interface FakeMediaElement {
  muted: boolean;
  playsInline: boolean;
  srcObject: { track: MediaStreamTrack } | null;
  plays: number;
  play(): Promise<void>;
}

export function fakeMediaElement(play: () => Promise<void> = () => Promise.resolve()): FakeMediaElement {
  const element: FakeMediaElement = {
    muted: false,
    playsInline: false,
    srcObject: null,
    plays: 0,
    play: () => {
      element.plays++;
      return play();
    },
  };
  return element;
}
