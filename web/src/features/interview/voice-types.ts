// The interviewer's voice as the session sees it, and what the avatar must offer to be part of
// it. Types only, imported by the session, the voice and the avatar alike, so none of them needs
// another's file (no import cycle).

/** What the room shows of the avatar; 'voice' means it fell back, with the sentence to show. */
export type AvatarView =
  { status: 'opening' } | { status: 'live' } | { status: 'voice'; message: string } | { status: 'closed' };

/**
 * The one way reply audio reaches the candidate: the local player, and the avatar's face when
 * there is one. The session never talks to the player or the avatar about a reply directly.
 */
export interface InterviewerVoice {
  /** A chunk of the reply: mono PCM16 at 24 kHz. Takes ownership of `pcm`. */
  enqueue(pcm: Int16Array): void;
  /** The candidate spoke over the reply: silence it now. */
  flush(): void;
  /** The reply is over: finished, or cut by a reconnect. */
  turnDone(): void;
  /** The candidate is hearing the interviewer (the player, or the replica's lip-synced voice). */
  playing(): boolean;
  /** When the candidate last stopped hearing the interviewer; undefined before any reply ended. */
  stoppedAt(): number | undefined;
  on(event: 'change', listener: () => void): () => void;
  /** Stops listening to the player and the avatar. */
  dispose(): void;
}

/** The avatar as one part of the interviewer's voice. */
export interface AvatarVoice {
  audio(pcm24k: Int16Array): void;
  turnDone(): void;
  interrupted(): void;
  /** The local player started or stopped sounding; the replica takes over only at a quiet moment. */
  playerPlaying(playing: boolean): void;
  view(): AvatarView;
  /** The replica is talking (only while it is the interviewer's voice). */
  speaking(): boolean;
  /** Called whenever view() or speaking() may have changed. */
  subscribe(listener: () => void): () => void;
}
