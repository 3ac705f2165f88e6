import { findLiveProfile, type LiveModelProfile } from '../../../contracts/models/live-profiles.ts';
import { EventCounter } from '../shared/event-counter.ts';
import { HANDLE_LIFETIME_MS } from './resumption-handles.ts';
import type { InterviewScript } from './interview-script.ts';
import type { VoiceActivityOptions } from './voice-activity.ts';
import type { VoiceOptions } from './synthetic-voice.ts';
import { TokenRegistry } from './token-registry.ts';
import { defaultModelCatalog, serves } from './model-catalog.ts';

// Everything the fake Gemini keeps between requests: options, faults, recordings and counters.

export type FakeGeminiEvent =
  | 'tokenMinted'
  | 'generateContent'
  | 'connection'
  | 'rejected'
  | 'setup'
  | 'setupComplete'
  | 'resumed'
  | 'utteranceStarted'
  | 'interviewerTurn'
  | 'speechStart'
  /** The client opened a turn (manual activity: `activityStart`). */
  | 'activityStart'
  | 'candidateTurn'
  | 'textInput'
  | 'audioStreamEnd'
  | 'interrupted'
  | 'toolCall'
  | 'toolResponse'
  | 'goAway'
  | 'closed';

/**
 * When a fresh conversation's greeting starts. The real service says nothing until the client
 * sends input ('first-input'); 'setup' greets as soon as setup completes (older tests and tools).
 */
export type GreetAt = 'first-input' | 'setup';

/** A failure the REST routes can be told to produce. */
export type HttpFault = 'invalid-json' | 'http-500' | 'http-401' | 'hang';

export interface GenerateRequest {
  apiVersion: string;
  model: string;
  body: Record<string, unknown>;
  at: number;
}

/** How the interviewer's reply audio is paced. */
export interface Pace {
  /** 1 = real time, 4 = four times faster. */
  speed: number;
  /** Each chunk is sent up to this many ms early or late. */
  jitterMs: number;
  /** Think time between the candidate's end of speech and the reply. */
  replyDelayMs: number;
  /** Send a whole utterance at once, as fast as the socket takes it. */
  instant: boolean;
  /** Audio per message. */
  chunkMs: number;
}

export const REALISTIC_PACE: Pace = { speed: 1, jitterMs: 0, replyDelayMs: 300, instant: false, chunkMs: 40 };
export const INSTANT_PACE: Pace = { speed: 1, jitterMs: 0, replyDelayMs: 0, instant: true, chunkMs: 40 };

export interface LiveFaults {
  withholdSetupComplete: boolean;
  /** The next N Live connections are refused with 1008 whatever their token. */
  rejectNextConnections: number;
  /** After the next barge-in the interviewer goes silent until the client reconnects. */
  stallAfterNextInterruption: boolean;
  /** Each connection gets a goAway this long after setup, then a 1011 close. */
  goAwayEveryMs?: number;
  goAwayCloseAfterMs: number;
  /** How long a resumption handle can be used (about 2 h on the real service). */
  handleLifetimeMs: number;
}

export class FakeGeminiState {
  readonly tokens = new TokenRegistry();
  /** The models served; a test retires one with `control.retireModel`. */
  readonly models = defaultModelCatalog();
  readonly events = new EventCounter<FakeGeminiEvent>();
  readonly generateRequests: GenerateRequest[] = [];
  readonly httpFaults: Partial<Record<'authTokens' | 'generateContent', { fault: HttpFault; times: number }>> = {};
  readonly live: LiveFaults = {
    withholdSetupComplete: false,
    rejectNextConnections: 0,
    stallAfterNextInterruption: false,
    goAwayCloseAfterMs: 1000,
    handleLifetimeMs: HANDLE_LIFETIME_MS,
  };
  greetAt: GreetAt = 'first-input';

  constructor(
    readonly apiKey: string,
    public script: InterviewScript,
    public pace: Pace,
    public voice: VoiceOptions,
    public voiceActivity: VoiceActivityOptions,
    public reportText?: (req: GenerateRequest) => string,
  ) {}

  /** The profile of a Live model this fake serves, or undefined for one that does not exist. */
  liveProfile(model: string): LiveModelProfile | undefined {
    return serves(this.models, model, 'bidiGenerateContent') ? findLiveProfile(model) : undefined;
  }

  /** Takes one use of a configured fault, if any is armed for the route. */
  takeFault(route: 'authTokens' | 'generateContent'): HttpFault | undefined {
    const armed = this.httpFaults[route];
    if (!armed || armed.times <= 0) return undefined;
    armed.times -= 1;
    return armed.fault;
  }
}
