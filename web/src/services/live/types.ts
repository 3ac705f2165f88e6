// The Live session seam: the interview logic talks to LiveClient, never to the SDK directly.
// Underneath, one LiveClient spans several LiveConnections (one WebSocket each): it resumes the
// session across the Live API's connection limit and across dropped sockets.

import type { LiveToolDeclaration } from '../../../../contracts/models/live-setup.ts';
import type { LiveToken } from '../api/types';
import type { ReplyAction } from '../../lib/reply-gate';

/** A payload-free event. */
export type Empty = Record<never, never>;

/** What one Live connection reports, already parsed from the server's messages. */
export interface ConnectionEvents {
  /** Reply audio: mono PCM16 at 24 kHz. */
  audio: { pcm: Int16Array };
  /** Transcription fragment of the interviewer's speech (outputTranscription). */
  outputTranscript: { text: string };
  /** Transcription fragment of the candidate's speech (inputTranscription). */
  inputTranscript: { text: string };
  /** The candidate barged in; queued reply audio must be dropped. */
  interrupted: Empty;
  generationComplete: Empty;
  turnComplete: Empty;
  toolCall: { id: string; name: string; args: Record<string, unknown> };
  /** The server will close this connection soon; `timeLeftMs` when it said how soon. */
  goAway: { timeLeftMs?: number };
  /** A new resumption point; `handle` is only usable when `resumable` is true. */
  resumption: { handle?: string; resumable: boolean };
  /** The socket closed (after setup completed). */
  close: { code: number; reason: string };
}

export type ConnectionEvent = {
  [K in keyof ConnectionEvents]: { type: K } & ConnectionEvents[K];
}[keyof ConnectionEvents];

/** One open WebSocket to the Live API. */
export interface LiveConnection {
  /** Mono PCM16 at 16 kHz. */
  sendAudio(pcm: Int16Array): void;
  /** Tells the server the microphone stopped, so its activity detection ends the turn. */
  sendAudioStreamEnd(): void;
  /** `{"realtimeInput":{"activityStart":{}}}`: the candidate's turn begins (manual activity only). */
  sendActivityStart(): void;
  /** `{"realtimeInput":{"activityEnd":{}}}`: the candidate's turn is over; the model answers. */
  sendActivityEnd(): void;
  sendText(text: string): void;
  sendToolResponse(id: string, name: string, response: Record<string, unknown>): void;
  close(): void;
}

export interface OpenConnectionArgs {
  /** A fresh single-use token for this connection. */
  token: LiveToken;
  /** Resumption handle of the session to continue; absent for a new session. */
  handle?: string;
  /** Receives this connection's events, also those that arrive before the promise resolves. */
  onEvent: (event: ConnectionEvent) => void;
}

/** Opens one connection and resolves once the server completed setup. Rejects with LiveError. */
export type OpenConnection = (args: OpenConnectionArgs) => Promise<LiveConnection>;

export type ConnectionState = 'connecting' | 'open' | 'reconnecting' | 'closed';

/** What the interview sees: one session, whatever happens to the sockets underneath. */
export interface LiveEvents {
  audio: ConnectionEvents['audio'];
  outputTranscript: ConnectionEvents['outputTranscript'];
  inputTranscript: ConnectionEvents['inputTranscript'];
  interrupted: Empty;
  generationComplete: Empty;
  turnComplete: Empty;
  toolCall: ConnectionEvents['toolCall'];
  /**
   * State of the session as the interview should show it. `step` tells the preparing screen
   * what the first connect is doing. 'reconnecting' is only reported once a gap lasts long
   * enough for a person to notice.
   */
  connection: { state: ConnectionState; step?: 'token' | 'socket' };
  /**
   * The session continues on a new connection. Whatever the old one was saying is over:
   * open transcript turns should be closed here. `reasked`: the switch cut the interviewer
   * mid-reply, and the model has been asked to say that reply again.
   */
  resumed: { cause: 'goAway' | 'drop' | 'watchdog'; reasked?: boolean };
  /** A failure that ended the session for good, with a user-facing sentence. */
  error: { code: LiveErrorCode; message: string };
  /**
   * Reply audio that went straight to the player (LiveMediaRoutes.setPlaybackPort) instead of an
   * 'audio' event: only its length, for the transcript's timing.
   */
  audioPlayed: { samples: number };
}

export type LiveEventName = keyof LiveEvents;

export interface LiveClient {
  /** Opens the session. Rejects with LiveError (token refused, unreachable, timed out). */
  connect(): Promise<void>;
  on<K extends LiveEventName>(event: K, cb: (payload: LiveEvents[K]) => void): () => void;
  /** Mono PCM16 at 16 kHz. Dropped while no connection is open (live audio is not replayable). */
  sendAudio(pcm: Int16Array): void;
  /** The microphone stopped (mute): lets the server end the candidate's turn. Not sent with manual activity. */
  sendAudioStreamEnd(): void;
  /**
   * Manual activity: the candidate's turn begins. Starting a turn interrupts a reply being
   * generated (ActivityHandling's default, START_OF_ACTIVITY_INTERRUPTS). An open turn is opened
   * again on the next connection after a reconnect. Twice in a row counts once.
   */
  sendActivityStart(): void;
  /** Manual activity: the candidate's turn is over and the model may answer. Without an open turn, nothing. */
  sendActivityEnd(): void;
  /**
   * A typed answer or an app cue, sent as realtime text. Queued while reconnecting. With manual
   * activity, text outside an open turn goes inside its own activityStart / activityEnd.
   */
  sendText(text: string): void;
  /** Queued while reconnecting. */
  sendToolResponse(id: string, name: string, response: Record<string, unknown>): void;
  close(): void;
  /** Present when the client runs on its own thread and can take audio without the page in between. */
  media?: LiveMediaRoutes;
}

/**
 * Audio paths that bypass the page: the capture worklet's frames go to the session's thread, and
 * reply audio goes from there to the playback worklet, both through MessagePorts.
 */
export interface LiveMediaRoutes {
  /** A capture consumer's port (MicSource.addCaptureConsumer); a later one replaces it. */
  addCapturePort(port: MessagePort): void;
  /** Captured frames are sent only while open: as the page would call sendAudio (live, unmuted). */
  setMicOpen(open: boolean): void;
  /** A port into the playback worklet: replies are played from there, reported as 'audioPlayed'. */
  setPlaybackPort(port: MessagePort): void;
  /**
   * The room marks the candidate's turns itself: captured frames are held back outside an answer
   * (answer-audio.ts), where the audio is, so the page never handles them.
   */
  holdAnswers(): void;
  /** The answer opened at `streamMs` (capture stream clock): activityStart, the pre-roll, then live frames. */
  openAnswer(streamMs: number): void;
  /** The answer is over: activityEnd; frames are held again. */
  closeAnswer(): void;
  /**
   * Reply audio bound for the player is held back, released or dropped (lib/reply-gate.ts), for
   * the room's early hand-over (features/interview/turn/early-hand-over.ts).
   */
  replies(action: ReplyAction): void;
}

/** The interview's choices the Live session is set up with. */
export interface LiveSessionConfig {
  /** Prebuilt voice name, e.g. "Kore". */
  voice: string;
  /** BCP-47, e.g. "en-US". */
  languageCode: string;
  systemInstruction: string;
  /** The functions the model may call, declared by the feature that answers them. */
  tools: readonly LiveToolDeclaration[];
  /** How long the candidate may pause before their turn ends (from the Patience setting), with server VAD. */
  silenceDurationMs: number;
  /**
   * The browser marks the candidate's turns (activityStart / activityEnd) and the server's
   * voice detection is off. The token server locks the same choice into every token.
   */
  manualActivity?: boolean;
}

export interface LiveSessionRequest {
  config: LiveSessionConfig;
  /** Target length of the interview; the token server may size token lifetimes by it. */
  durationMinutes: number;
  /** What the stall watchdog sends the model, in the interview language (a default otherwise). */
  nudgeText?: string;
}

/** Builds the LiveClient for one interview (the app's real one, or a fake in tests). */
export type LiveClientFactory = (request: LiveSessionRequest) => LiveClient;

/**
 * 'model-unavailable': the server's Live model is gone (its owner must change GEMINI_LIVE_MODEL);
 * 'service-refused': Gemini refused the setup or the key's quota is spent; 'session-gone': the
 * resumption handle is expired or unknown; 'live-off': the server has no Gemini key (its owner must
 * set one, or the candidate uses their own). None is mended by reconnecting the same session.
 */
export type LiveErrorCode =
  | 'token'
  | 'live-off'
  | 'connect-timeout'
  | 'connect-failed'
  | 'connection-lost'
  | 'model-unavailable'
  | 'service-refused'
  | 'session-gone';

/** Why the session could not start or continue; `message` is a sentence for the candidate. */
export class LiveError extends Error {
  constructor(
    readonly code: LiveErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'LiveError';
  }
}
