// The part of a daily-js call object (@daily-co/daily-js 0.92.2) that the avatar uses, typed
// so that the real `DailyCall` satisfies it and a fake can implement it in a few lines.
// This file imports nothing on purpose: the Playwright fake of Daily (e2e/fakes/fake-daily.ts)
// imports these types too, and e2e type-checks with Node's resolution rules.

/** One media track's state as Daily reports it (only the fields the avatar reads). */
export interface DailyTrackStateLike {
  state?: string;
  /** Stays the same object across mute/unmute, unlike `track`; safe to attach once. */
  persistentTrack?: MediaStreamTrack;
}

export interface DailyParticipantLike {
  /** Tavus names its replica's user so it contains "tavus-replica". */
  user_id: string;
  session_id: string;
  local: boolean;
  tracks: { audio?: DailyTrackStateLike; video?: DailyTrackStateLike };
}

/** Payloads of the events the avatar listens to, named as daily-js names them. */
export interface DailyLikeEvents {
  'participant-joined': { participant: DailyParticipantLike };
  'participant-updated': { participant: DailyParticipantLike };
  'participant-left': { participant: DailyParticipantLike };
  'track-started': { participant: DailyParticipantLike | null; track: MediaStreamTrack; type: string };
  'app-message': { data: unknown; fromId: string };
  /** A fatal error: the call is unusable afterwards. */
  error: { errorMsg: string };
  'left-meeting': object;
  /** `event` is 'connected' or 'interrupted'; `type` says which link ('signaling', 'sfu', 'peer-to-peer'). */
  'network-connection': { type: string; event: string };
  /** Levels 0..1 keyed by session id, every observer interval. */
  'remote-participants-audio-level': { participantsAudioLevel: Record<string, number> };
}

export type DailyLikeEventName = keyof DailyLikeEvents;

type Handler<K extends DailyLikeEventName> = (event: DailyLikeEvents[K]) => void;

/**
 * `on`/`off` as one overload per event rather than one generic signature: TypeScript cannot
 * relate daily-js's generic `on<T extends DailyEvent>` to a generic over this smaller map, but
 * it can check each overload, so a misspelt event name fails to compile against the real type.
 */
export interface DailySubscribe {
  (event: 'participant-joined', handler: Handler<'participant-joined'>): unknown;
  (event: 'participant-updated', handler: Handler<'participant-updated'>): unknown;
  (event: 'participant-left', handler: Handler<'participant-left'>): unknown;
  (event: 'track-started', handler: Handler<'track-started'>): unknown;
  (event: 'app-message', handler: Handler<'app-message'>): unknown;
  (event: 'error', handler: Handler<'error'>): unknown;
  (event: 'left-meeting', handler: Handler<'left-meeting'>): unknown;
  (event: 'network-connection', handler: Handler<'network-connection'>): unknown;
  (event: 'remote-participants-audio-level', handler: Handler<'remote-participants-audio-level'>): unknown;
}

export interface DailyLike {
  join(options: { url: string }): Promise<unknown>;
  leave(): Promise<void>;
  destroy(): Promise<void>;
  participants(): Record<string, DailyParticipantLike>;
  /** Throws when the JSON of `data` is over 4096 characters ("Message data too large"). */
  sendAppMessage(data: unknown, to: '*'): unknown;
  on: DailySubscribe;
  off: DailySubscribe;
  /** Emits 'remote-participants-audio-level' every `intervalMs` (at least 100). */
  startRemoteParticipantsAudioLevelObserver(intervalMs?: number): Promise<void>;
}

/**
 * The only options the avatar creates a call object with: it sends no microphone or camera
 * (the candidate talks to Gemini, not to Tavus), and `avoidEval` because the page's
 * Content-Security-Policy has no 'unsafe-eval' and Daily would otherwise eval its call engine.
 */
export interface AvatarCallObjectOptions {
  audioSource: false;
  videoSource: false;
  startAudioOff: true;
  startVideoOff: true;
  dailyConfig: { avoidEval: true };
}

export const AVATAR_CALL_OBJECT_OPTIONS: AvatarCallObjectOptions = {
  audioSource: false,
  videoSource: false,
  startAudioOff: true,
  startVideoOff: true,
  dailyConfig: { avoidEval: true },
};

/** Makes a call object; the real one wraps `Daily.createCallObject`. */
export type DailyFactory = (options: AvatarCallObjectOptions) => DailyLike;
