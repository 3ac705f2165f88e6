// A Daily call object for unit tests: records what the adapter does to it and lets a test play
// the room's side (replica joins, errors, leaves). Enforces Daily's 4096-character message cap.

import {
  type AvatarCallObjectOptions,
  type DailyFactory,
  type DailyLike,
  type DailyLikeEventName,
  type DailyLikeEvents,
  type DailyParticipantLike,
  type DailySubscribe,
} from '../daily-like';
import { DAILY_APP_MESSAGE_MAX_CHARS } from '../echo-messages';

type AnyHandler = (event: never) => void;

export function fakeTrack(kind: 'audio' | 'video', id = `replica-${kind}`): MediaStreamTrack {
  return { kind, id } as unknown as MediaStreamTrack;
}

export function participant(
  userId: string,
  sessionId: string,
  tracks: DailyParticipantLike['tracks'] = {},
): DailyParticipantLike {
  return { user_id: userId, session_id: sessionId, local: false, tracks };
}

export function replicaParticipant(sessionId = 'replica-session'): DailyParticipantLike {
  return participant(`tavus-replica-r79e1c033f`, sessionId, {
    video: { state: 'playable', persistentTrack: fakeTrack('video') },
    audio: { state: 'playable', persistentTrack: fakeTrack('audio') },
  });
}

export class FakeCallObject implements DailyLike {
  /** Method calls in order, e.g. ['join', 'startRemoteParticipantsAudioLevelObserver', 'leave', 'destroy']. */
  readonly calls: string[] = [];
  readonly sent: { data: unknown; to: string }[] = [];
  readonly room: Record<string, DailyParticipantLike> = {
    local: { user_id: 'candidate', session_id: 'local-session', local: true, tracks: {} },
  };
  joinedUrl?: string;
  /** What join() does: resolve, reject, or never settle. */
  joinOutcome: 'resolve' | 'reject' | 'hang' = 'resolve';
  /** When set, sendAppMessage throws it. */
  sendFailure?: Error;
  leaveFailure?: Error;
  private readonly handlers = new Map<DailyLikeEventName, Set<AnyHandler>>();

  constructor(readonly options: AvatarCallObjectOptions) {}

  readonly on: DailySubscribe = (event: DailyLikeEventName, handler: AnyHandler) => {
    const set = this.handlers.get(event) ?? new Set();
    this.handlers.set(event, set.add(handler));
    return this;
  };

  readonly off: DailySubscribe = (event: DailyLikeEventName, handler: AnyHandler) => {
    this.handlers.get(event)?.delete(handler);
    return this;
  };

  emit<K extends DailyLikeEventName>(event: K, payload: DailyLikeEvents[K]): void {
    for (const handler of [...(this.handlers.get(event) ?? [])]) (handler as (e: DailyLikeEvents[K]) => void)(payload);
  }

  listenerCount(): number {
    return [...this.handlers.values()].reduce((n, set) => n + set.size, 0);
  }

  join(options: { url: string }): Promise<unknown> {
    this.calls.push('join');
    this.joinedUrl = options.url;
    if (this.joinOutcome === 'reject')
      return Promise.reject(new Error('The meeting you are trying to join does not exist.'));
    if (this.joinOutcome === 'hang') return new Promise(() => undefined);
    return Promise.resolve(this.room);
  }

  leave(): Promise<void> {
    this.calls.push('leave');
    return this.leaveFailure ? Promise.reject(this.leaveFailure) : Promise.resolve();
  }

  destroy(): Promise<void> {
    this.calls.push('destroy');
    return Promise.resolve();
  }

  participants(): Record<string, DailyParticipantLike> {
    return this.room;
  }

  sendAppMessage(data: unknown, to: '*'): unknown {
    if (this.sendFailure) throw this.sendFailure;
    const size = JSON.stringify(data).length;
    if (size > DAILY_APP_MESSAGE_MAX_CHARS)
      throw new Error(`Message data too large. Max size is ${DAILY_APP_MESSAGE_MAX_CHARS}`);
    this.sent.push({ data, to });
    return this;
  }

  startRemoteParticipantsAudioLevelObserver(): Promise<void> {
    this.calls.push('startRemoteParticipantsAudioLevelObserver');
    return Promise.resolve();
  }

  /** A participant enters the room (the replica, or anyone else). */
  enter(p: DailyParticipantLike): void {
    this.room[p.session_id] = p;
    this.emit('participant-joined', { participant: p });
  }

  exit(p: DailyParticipantLike): void {
    delete this.room[p.session_id];
    this.emit('participant-left', { participant: p });
  }
}

/** A factory that records every call object it makes. */
export function fakeDaily(configure: (call: FakeCallObject) => void = () => undefined) {
  const created: FakeCallObject[] = [];
  const factory: DailyFactory = (options) => {
    const call = new FakeCallObject(options);
    configure(call);
    created.push(call);
    return call;
  };
  return { created, factory, loadDaily: () => Promise.resolve(factory) };
}
