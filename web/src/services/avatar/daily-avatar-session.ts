// The real AvatarSession: joins a Tavus conversation room as a Daily call object that sends no
// media, waits for the replica, streams the interviewer's audio to it as echo messages, and
// reports when it breaks. Daily itself is a dependency (loadDaily) so tests drive a fake.

import { createEmitter } from '../../lib/emitter';
import { systemClock, type Clock, type TimerId } from '../../lib/clock';
import { AVATAR_UNAVAILABLE_MESSAGE, fallbackMessage } from './avatar-fallback';
import { attachTracks } from './attach-media';
import { AVATAR_CALL_OBJECT_OPTIONS, type DailyFactory, type DailyLike, type DailyParticipantLike } from './daily-like';
import { subscribe, type DailyHandlers } from './daily-call-events';
import { replicaSpeakingEvent } from './echo-messages';
import { createEchoStats } from './echo-stats';
import { createEchoStream, type EchoStream } from './echo-stream';
import { findReplica, isReplica, replicaTracks, sameTracks } from './replica';
import { createSpeakingDetector } from './speaking-detector';
import {
  AvatarError,
  type AvatarEvents,
  type AvatarFailureReason,
  type AvatarSession,
  type AvatarTracks,
} from './types';

export interface DailyAvatarSessionOptions {
  loadDaily: () => Promise<DailyFactory>;
  clock?: Clock;
  /**
   * How long start() waits for the replica, from the first call. A replica normally joins a
   * few seconds after the room opens; past 8 s the candidate has been looking at a loading
   * panel for too long, and voice only is the better interview.
   */
  replicaTimeoutMs?: number;
  /** How long a network interruption may last before the avatar counts as lost (Daily reconnects within a few seconds). */
  reconnectGraceMs?: number;
  newInferenceId?: () => string;
  leadMs?: number;
  maxPerSecond?: number;
  /** Wraps a track for a media element; `new MediaStream([track])` in the browser. */
  makeStream?: (track: MediaStreamTrack) => MediaStream;
}

type Status = 'idle' | 'joining' | 'live' | 'ended';

export function createDailyAvatarSession(opts: DailyAvatarSessionOptions): AvatarSession {
  const clock = opts.clock ?? systemClock;
  const events = createEmitter<AvatarEvents>();
  let status: Status = 'idle';
  let call: DailyLike | undefined;
  let unsubscribe: (() => void) | undefined;
  let replicaId: string | undefined;
  let tracks: AvatarTracks = {};
  let echo: EchoStream | undefined;
  let ended: Promise<void> | undefined;
  let replicaArrived: ((participant: DailyParticipantLike) => void) | undefined;
  let joinBroke: ((err: AvatarError) => void) | undefined;
  let reconnectTimer: TimerId | undefined;
  const speaking = createSpeakingDetector({
    clock,
    onChange: (s, source) => events.emit('speaking', { speaking: s, source }),
  });

  const cancelled = () => new AvatarError('cancelled', AVATAR_UNAVAILABLE_MESSAGE);

  function updateTracks(next: AvatarTracks) {
    if (sameTracks(next, tracks)) return;
    tracks = next;
    events.emit('tracks', tracks);
  }

  function fail(reason: AvatarFailureReason) {
    if (status === 'joining') return joinBroke?.(new AvatarError(reason, AVATAR_UNAVAILABLE_MESSAGE));
    if (status !== 'live') return;
    events.emit('failed', { reason, message: fallbackMessage(reason, true) });
    void teardown();
  }

  function watchNetwork(event: string) {
    if (event === 'connected' && reconnectTimer !== undefined) clock.clearTimeout(reconnectTimer);
    if (event === 'connected') reconnectTimer = undefined;
    if (event === 'interrupted' && reconnectTimer === undefined) {
      reconnectTimer = clock.setTimeout(() => fail('connection-lost'), opts.reconnectGraceMs ?? 5000);
    }
  }

  const handlers: DailyHandlers = {
    'participant-joined': ({ participant }) => onParticipant(participant),
    'participant-updated': ({ participant }) => onParticipant(participant),
    'participant-left': ({ participant }) => {
      if (participant.session_id === replicaId) fail('replica-left');
    },
    'track-started': ({ participant, track, type }) => {
      if (status !== 'live' || participant?.session_id !== replicaId) return;
      if (type === 'video' || type === 'audio') updateTracks({ ...tracks, [type]: track });
    },
    'app-message': ({ data }) => {
      const replicaSpeaking = replicaSpeakingEvent(data);
      if (replicaSpeaking !== undefined && status === 'live') speaking.fromTavus(replicaSpeaking);
    },
    error: () => fail('daily-error'),
    'left-meeting': () => fail(status === 'joining' ? 'join-failed' : 'left-meeting'),
    'network-connection': ({ event }) => watchNetwork(event),
    'remote-participants-audio-level': ({ participantsAudioLevel }) => {
      if (status === 'live' && replicaId) speaking.fromLevel(participantsAudioLevel[replicaId] ?? 0);
    },
  };

  function onParticipant(participant: DailyParticipantLike) {
    if (!isReplica(participant)) return;
    if (status === 'joining') replicaArrived?.(participant);
    else if (status === 'live' && participant.session_id === replicaId)
      updateTracks({ ...tracks, ...definedTracks(participant) });
  }

  /** Loads Daily, joins, and resolves with the replica once it is in the room. */
  async function joinRoom(url: string): Promise<DailyParticipantLike> {
    const factory = await opts
      .loadDaily()
      .catch(() => Promise.reject(new AvatarError('join-failed', AVATAR_UNAVAILABLE_MESSAGE)));
    if (status !== 'joining') throw cancelled();
    const joined = new Promise<DailyParticipantLike>((resolve, reject) => {
      replicaArrived = resolve;
      joinBroke = reject;
    });
    joined.catch(() => undefined); // only awaited when the replica was not already in the room
    call = factory({ ...AVATAR_CALL_OBJECT_OPTIONS, dailyConfig: { ...AVATAR_CALL_OBJECT_OPTIONS.dailyConfig } });
    unsubscribe = subscribe(call, handlers);
    await call.join({ url }).catch(() => Promise.reject(new AvatarError('join-failed', AVATAR_UNAVAILABLE_MESSAGE)));
    if (status !== 'joining') throw cancelled();
    return findReplica(call.participants()) ?? joined;
  }

  function waitForReplica(url: string): Promise<DailyParticipantLike> {
    let timer: TimerId | undefined;
    const timeout = new Promise<never>((_, reject) => {
      const ms = opts.replicaTimeoutMs ?? 8000;
      timer = clock.setTimeout(() => reject(new AvatarError('no-replica', AVATAR_UNAVAILABLE_MESSAGE)), ms);
    });
    const joining = joinRoom(url);
    joining.catch(() => undefined); // when the timeout wins, the join's own failure is moot
    return Promise.race([joining, timeout]).finally(() => clock.clearTimeout(timer ?? 0));
  }

  function goLive(replica: DailyParticipantLike, conversationId: string, live: DailyLike) {
    status = 'live';
    replicaId = replica.session_id;
    echo = createEchoStream({
      conversationId,
      clock,
      send: (message) => live.sendAppMessage(message, '*'),
      onError: () => fail('send-failed'),
      newInferenceId: opts.newInferenceId,
      leadMs: opts.leadMs,
      maxPerSecond: opts.maxPerSecond,
    });
    // Tracks may have started while start() was settling: read the participant afresh.
    const latest = Object.values(live.participants()).find((p) => p.session_id === replica.session_id) ?? replica;
    updateTracks(definedTracks(latest));
    // Without the observer the speaking state relies on Tavus events alone; not worth failing for.
    live.startRemoteParticipantsAudioLevelObserver(100).catch(() => undefined);
  }

  /** Leaves and destroys the call on every path, once. */
  function teardown(): Promise<void> {
    ended ??= (async () => {
      status = 'ended';
      joinBroke?.(cancelled()); // a start() still waiting for the replica gives up now
      echo?.dispose();
      speaking.dispose();
      if (reconnectTimer !== undefined) clock.clearTimeout(reconnectTimer);
      const leaving = call;
      call = undefined;
      if (leaving) {
        unsubscribe?.();
        await Promise.resolve()
          .then(() => leaving.leave())
          .catch(() => undefined);
        await Promise.resolve()
          .then(() => leaving.destroy())
          .catch(() => undefined);
      }
      updateTracks({});
      events.emit('ended', {});
    })();
    return ended;
  }

  return {
    async start({ conversationUrl, conversationId }) {
      if (status !== 'idle') throw new Error('An avatar session can be started only once; create a new one.');
      status = 'joining';
      try {
        const replica = await waitForReplica(conversationUrl);
        if (status !== 'joining' || !call) throw cancelled();
        goLive(replica, conversationId, call);
      } catch (err) {
        const reason = ended ? cancelled() : err; // stop() came first
        await teardown();
        throw reason instanceof AvatarError ? reason : new AvatarError('join-failed', AVATAR_UNAVAILABLE_MESSAGE);
      }
    },
    on: (event, cb) => events.on(event, cb),
    tracks: () => tracks,
    attach: (video, audio) =>
      attachTracks({
        video,
        audio,
        tracks: () => tracks,
        onTracks: (cb) => events.on('tracks', cb),
        onBlocked: () => fail('playback-blocked'),
        makeStream: opts.makeStream,
      }),
    speak: (pcm) => echo?.speak(pcm),
    endTurn: () => echo?.endTurn(),
    interrupt: () => echo?.interrupt(),
    stats: () => echo?.stats() ?? createEchoStats().snapshot(),
    stop: teardown,
  };
}

/** The participant's tracks, leaving out the ones it does not have yet. */
function definedTracks(participant: DailyParticipantLike): AvatarTracks {
  const { video, audio } = replicaTracks(participant);
  return { ...(video ? { video } : {}), ...(audio ? { audio } : {}) };
}
