// The avatar seam: the interview room talks to AvatarSession, never to Daily or Tavus directly.
// One session is one Tavus conversation room, joined once and left once.

export type { DailyFactory, DailyLike, DailyParticipantLike } from './daily-like';

/** Why the avatar is not (or no longer) available. Every reason means "carry on with voice". */
export type AvatarFailureReason =
  /** The server could not create a conversation (not configured, Tavus busy or refusing). */
  | 'unavailable'
  /** Daily could not be loaded or the room could not be joined. */
  | 'join-failed'
  /** The room opened but the replica did not join in time. */
  | 'no-replica'
  /** Daily reported a fatal error. */
  | 'daily-error'
  | 'replica-left'
  /** We were removed from the room (ejected, or the conversation ended on Tavus's side). */
  | 'left-meeting'
  /** The network link stayed interrupted for longer than a reconnect takes. */
  | 'connection-lost'
  /** An echo message could not be sent. */
  | 'send-failed'
  /** The browser refused to play the replica's audio. */
  | 'playback-blocked';

/** A start that did not reach a live replica; `message` is the sentence for the candidate. */
export class AvatarError extends Error {
  constructor(
    readonly reason: AvatarFailureReason | 'cancelled',
    message: string,
  ) {
    super(message);
    this.name = 'AvatarError';
  }
}

export interface AvatarTracks {
  video?: MediaStreamTrack;
  /** The replica's lip-synced voice: play this instead of the raw Gemini audio. */
  audio?: MediaStreamTrack;
}

export interface AvatarEvents {
  /** The replica started or stopped talking (Tavus events when they come, else its audio level). */
  speaking: { speaking: boolean; source: 'tavus' | 'level' };
  /** The replica's tracks appeared or changed. */
  tracks: AvatarTracks;
  /**
   * The live avatar broke (fires at most once, only after start() resolved). The room switches
   * to local playback and shows `message`. The session cleans itself up; 'ended' follows.
   */
  failed: { reason: AvatarFailureReason; message: string };
  /** The room was left and the call object destroyed (after stop() or a failure). */
  ended: Record<never, never>;
}

export interface EchoStats {
  /** Gemini chunk arrival → the echo message carrying its first sample was sent, in ms. */
  addedLatencyMs: { median: number; p95: number; samples: number };
  /** Messages sent per second across the replies (first to last message of each turn). */
  messagesPerSecond: number;
  /** Most messages sent within any one-second window (the reported limit is about 20). */
  peakMessagesPerSecond: number;
  messagesSent: number;
  /** Length of the longest message's JSON (the cap is 4096). */
  longestMessageChars: number;
}

export interface AvatarStartArgs {
  conversationUrl: string;
  conversationId: string;
}

export interface AvatarSession {
  /**
   * Joins the room and resolves once the replica is in it. Rejects with AvatarError
   * ('join-failed', 'no-replica', 'daily-error', or 'cancelled' when stop() came first), after
   * the room was left. Call at most once.
   */
  start(args: AvatarStartArgs): Promise<void>;
  on<K extends keyof AvatarEvents>(event: K, cb: (payload: AvatarEvents[K]) => void): () => void;
  /** The replica's current tracks (empty before start() resolved and after the end). */
  tracks(): AvatarTracks;
  /**
   * Shows the replica in these elements and keeps them up to date; returns a detach function.
   * Call it inside the user gesture that started the interview, or after one (autoplay).
   */
  attach(video: HTMLVideoElement, audio: HTMLAudioElement): () => void;
  /** Streams one piece of the interviewer's reply (mono PCM16, 24 kHz). Ignored unless live. */
  speak(pcm24k: Int16Array): void;
  /** The interviewer's turn is complete: sends the rest with `done: true`. */
  endTurn(): void;
  /** The candidate barged in: drops unsent audio and tells the replica to stop. */
  interrupt(): void;
  stats(): EchoStats;
  /** Leaves the room and destroys the call object. Idempotent; safe on every path. */
  stop(): Promise<void>;
}
