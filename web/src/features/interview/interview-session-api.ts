// The interview session's contract: what it needs from outside, and what the room can do with it.

import type { InterviewSetup } from '../../lib/interview';
import type { MicSource, PcmPlayer } from '../../services/audio/types';
import type { Clock } from '../../lib/clock';
import type { LiveClient } from '../../services/live/types';
import type { VoiceActivityDetector } from '../../services/voice-activity/types';
import type { TurnWriter, TurnWriterOptions } from '../../services/storage/turn-writer';
import type { AvatarLink } from './avatar-link';
import type { ENDING_TIMING } from './ending';
import type { RecordStore } from './session-record';
import type { SessionSnapshot } from './session-types';

export interface InterviewSessionDeps {
  interviewId: string;
  setup: InterviewSetup;
  /** A new client for the setup's session; called again when the candidate retries. */
  createLiveClient: () => LiveClient;
  mic: MicSource;
  player: PcmPlayer;
  store: RecordStore;
  clock: Clock;
  /** Epoch milliseconds, for the record's dates. */
  wallClock?: () => number;
  /** Marks the interview as running in this tab (Web Locks), so recovery leaves it alone. */
  holdLock?: (interviewId: string) => () => void;
  makeTurnWriter?: (opts: TurnWriterOptions) => TurnWriter;
  micDeviceId?: string;
  tickMs?: number;
  /** How long to wait for sound to be allowed before asking for a click. */
  audioStartTimeoutMs?: number;
  endingTiming?: typeof ENDING_TIMING;
  /** The talking avatar, when the candidate chose it; without it the interview is voice only. */
  avatar?: AvatarLink;
  /** How long the greeting waits for the avatar (default AVATAR_WAIT_MS). */
  avatarWaitMs?: number;
  /**
   * The candidate's speech as our own detector hears it, on the capture stream's clock (the
   * room opens it on the same microphone). Absent when the audio path cannot feed one.
   */
  voiceActivity?: VoiceActivityDetector;
}

export interface InterviewSession {
  /** Call from a click (or a page the candidate has already clicked on): sound must be allowed. */
  start(): Promise<void>;
  /** After an error: repeats what failed. Call from the retry button's click. */
  retry(): Promise<void>;
  /** Goes on without the microphone (refused, unplugged or not wanted): answers are typed. */
  typeInstead(): Promise<void>;
  setMuted(muted: boolean): void;
  /** Hold Space / "Still thinking": the candidate keeps the turn while held. */
  holdTurn(held: boolean): void;
  /** Enter / "Done": the candidate hands the turn over now. */
  handOver(): void;
  sendTypedAnswer(text: string): void;
  /** The candidate ends the interview. */
  end(): Promise<void>;
  /** The room is closing (navigation away): an interview still running is left 'unfinished'. */
  dispose(): Promise<void>;
  snapshot(): SessionSnapshot;
  subscribe(listener: (s: SessionSnapshot) => void): () => void;
  levels(): { mic: number; output: number };
}
