// A fake talking avatar for the room's tests: an opener the test settles by hand, and a session
// that records what the room asked of it and lets the test make it speak or break.

import type { OpenedAvatar } from '../../../services/avatar/open-avatar';
import { createEchoStats } from '../../../services/avatar/echo-stats';
import { AvatarError, type AvatarEvents, type AvatarSession, type AvatarTracks } from '../../../services/avatar/types';
import { createEmitter } from '../../../lib/emitter';

export interface FakeAvatarSession extends AvatarSession {
  /** First sample of every chunk given to speak(), in order. */
  spoken: number[];
  /** 'speak', 'endTurn', 'interrupt', 'attach', 'detach', 'stop', in order. */
  calls: string[];
  emit<K extends keyof AvatarEvents>(event: K, payload: AvatarEvents[K]): void;
  /** What tracks() answers; emit('tracks') to announce a change. */
  currentTracks: AvatarTracks;
}

export function createFakeAvatarSession(): FakeAvatarSession {
  const events = createEmitter<AvatarEvents>();
  const stats = createEchoStats();
  const session: FakeAvatarSession = {
    spoken: [],
    calls: [],
    emit: (event, payload) => events.emit(event, payload),
    start: () => Promise.resolve(),
    on: (event, cb) => events.on(event, cb),
    currentTracks: {},
    tracks: () => session.currentTracks,
    attach: () => {
      session.calls.push('attach');
      return () => void session.calls.push('detach');
    },
    speak: (pcm) => {
      session.calls.push('speak');
      session.spoken.push(pcm[0] ?? Number.NaN);
      stats.sent(0, [0], 100);
    },
    endTurn: () => void session.calls.push('endTurn'),
    interrupt: () => void session.calls.push('interrupt'),
    stats: () => stats.snapshot(),
    stop: () => {
      session.calls.push('stop');
      return Promise.resolve();
    },
  };
  return session;
}

export interface FakeAvatarOpener {
  open: (signal: AbortSignal) => Promise<OpenedAvatar>;
  session: FakeAvatarSession;
  /** How many times the room asked for an avatar. */
  opens: number;
  /** How many times the opened avatar was closed. */
  closes: number;
  signal?: AbortSignal;
  /** The replica is in the room: open() resolves. */
  goLive(): void;
  /** open() rejects with this AvatarError. */
  refuse(error: AvatarError): void;
}

export function createFakeAvatarOpener(): FakeAvatarOpener {
  const session = createFakeAvatarSession();
  let settle: { resolve: (o: OpenedAvatar) => void; reject: (e: unknown) => void } | undefined;
  const opened: OpenedAvatar = {
    session,
    conversationId: 'c1',
    close: () => {
      fake.closes++;
      return session.stop();
    },
  };
  const fake: FakeAvatarOpener = {
    session,
    opens: 0,
    closes: 0,
    open: (signal) => {
      fake.opens++;
      fake.signal = signal;
      return new Promise<OpenedAvatar>((resolve, reject) => {
        settle = { resolve, reject };
        // Like openAvatar: giving up while opening ends what was made, and rejects as cancelled.
        signal.addEventListener('abort', () => {
          if (!settle) return;
          settle = undefined;
          fake.closes++;
          reject(new AvatarError('cancelled', 'cancelled'));
        });
      });
    },
    goLive: () => {
      settle?.resolve(opened);
      settle = undefined;
    },
    refuse: (error) => {
      settle?.reject(error);
      settle = undefined;
    },
  };
  return fake;
}
