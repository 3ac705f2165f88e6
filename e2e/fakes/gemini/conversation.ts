import { randomBytes } from 'node:crypto';
import { concatPcm } from '../shared/pcm.ts';
import type { LiveModelProfile } from '../../../contracts/models/live-profiles.ts';
import type { LiveConnection } from './live-connection.ts';
import { ResumptionHandles } from './resumption-handles.ts';
import type { StreamResult } from './utterance-streamer.ts';

// One interview as the service remembers it: it outlives connections through resumption
// handles, and it records everything a test may want to compare afterwards.

export interface ReceivedChunk {
  pcm: Int16Array;
  /** Epoch ms (sub-ms precision) when the chunk arrived. */
  at: number;
  connectionId: number;
}

export interface SentChunk {
  samples: number;
  at: number;
  connectionId: number;
  utteranceId: number;
}

export interface UtteranceRecord {
  id: number;
  kind: 'question' | 'closing';
  text: string;
  connectionId: number;
  /** When the interviewer decided to speak, before synthesis: startedAt minus this is the fake's own "model time". */
  requestedAt: number;
  /** When the first audio chunk went out; unset if it was cut before any audio. */
  startedAt?: number;
  endedAt?: number;
  result?: StreamResult;
}

export interface ToolResponseRecord {
  at: number;
  connectionId: number;
  functionResponses: unknown[];
  /** Whether it answered the pending call's id. */
  matched: boolean;
}

export class Conversation {
  readonly id = `conv-${randomBytes(4).toString('hex')}`;
  readonly resumption = new ResumptionHandles();
  readonly connections: LiveConnection[] = [];
  /** Each accepted setup: what the client sent, and what took effect once the token's lock was applied. */
  readonly setups: {
    connectionId: number;
    at: number;
    setup: Record<string, unknown>;
    effective: Record<string, unknown>;
  }[] = [];
  readonly received: ReceivedChunk[] = [];
  readonly sent: SentChunk[] = [];
  readonly textInputs: { text: string; at: number }[] = [];
  readonly toolCalls: { id: string; name: string; args: Record<string, unknown>; at: number }[] = [];
  readonly toolResponses: ToolResponseRecord[] = [];
  /** Every interviewer utterance streamed, including one spoken again after a lost connection. */
  readonly utterances: UtteranceRecord[] = [];
  /** Candidate turns as the fake heard them (the transcription it sent, or the typed text). */
  readonly candidateLines: string[] = [];

  /** All 16 kHz PCM the candidate's client sent, across every connection, in arrival order. */
  receivedPcm(): Int16Array {
    return concatPcm(this.received.map((c) => c.pcm));
  }

  constructor(
    /** The Live model this session runs, with the rules it keeps. */
    readonly profile: LiveModelProfile,
  ) {}

  /** Every handle issued, oldest first. */
  get handles(): string[] {
    return this.resumption.all.map((h) => h.handle);
  }

  /** The connection replies go to: the newest one still open. */
  activeConnection(): LiveConnection | undefined {
    return [...this.connections].reverse().find((c) => c.isOpen);
  }
}
