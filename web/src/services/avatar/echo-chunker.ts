// Cuts the interviewer's reply audio into Tavus echo messages that each fit in one Daily app
// message. Pure: no clock, no I/O; the pacer decides when each message goes out.

import { int16ToBase64 } from '../../lib/base64';
import {
  DAILY_APP_MESSAGE_MAX_CHARS,
  ECHO_SAMPLE_RATE,
  echoAudioMessage,
  echoInterruptMessage,
  type EchoAudioMessage,
  type EchoInterruptMessage,
} from './echo-messages';

export interface EchoChunkerOptions {
  conversationId: string;
  /** Makes the id of each interviewer turn (default: crypto.randomUUID). */
  newInferenceId?: () => string;
  /**
   * Longest chunk wanted. The real length is the most that fits under Daily's cap with the
   * actual ids, up to this. 60 ms (rather than 50) keeps real-time speech at about 17
   * messages/s, which leaves room under the ~20/s limit to run ahead of real time.
   */
  maxChunkMs?: number;
  /** Silence appended to the last message of a turn so the replica's mouth closes cleanly. */
  tailSilenceMs?: number;
}

export interface EchoPiece {
  message: EchoAudioMessage;
  /** Length of this message's audio, for pacing. */
  samples: number;
  /** Arrival times of the pushed chunks whose first sample travels in this message. */
  arrivals: number[];
}

export interface EchoChunker {
  /** Adds reply audio; returns the messages that are now full. The rest waits for more. */
  push(pcm: Int16Array, arrivedAt: number): EchoPiece[];
  /** Ends the turn: the remainder plus a little silence, the last message with `done: true`. */
  endTurn(): EchoPiece[];
  /** Drops the remainder and returns the interrupt message; the next turn gets a new id. */
  interrupt(): EchoInterruptMessage;
}

/** Under 10 ms per message would mean absurdly long ids; refuse rather than flood the channel. */
const MIN_CHUNK_SAMPLES = ECHO_SAMPLE_RATE / 100;

/** The most samples one message can carry with these ids and stay within Daily's cap. */
export function samplesThatFit(conversationId: string, inferenceId: string): number {
  // `done: false` is the longer of the two spellings; JSON.stringify counts escaped characters.
  const envelope = JSON.stringify(echoAudioMessage(conversationId, inferenceId, '', false)).length;
  const base64Chars = DAILY_APP_MESSAGE_MAX_CHARS - envelope;
  const bytes = Math.floor(base64Chars / 4) * 3;
  return Math.floor(bytes / 2);
}

interface Arrival {
  /** Index of the chunk's first sample in `carry`. */
  offset: number;
  at: number;
}

export function createEchoChunker(opts: EchoChunkerOptions): EchoChunker {
  const newInferenceId = opts.newInferenceId ?? (() => crypto.randomUUID());
  const maxChunkSamples = Math.round(((opts.maxChunkMs ?? 60) * ECHO_SAMPLE_RATE) / 1000);
  const tailSamples = Math.round(((opts.tailSilenceMs ?? 40) * ECHO_SAMPLE_RATE) / 1000);
  let turn: { inferenceId: string; chunkSamples: number } | undefined;
  let carry = new Int16Array(0);
  let arrivals: Arrival[] = [];

  function beginTurn() {
    const inferenceId = newInferenceId();
    const chunkSamples = Math.min(maxChunkSamples, samplesThatFit(opts.conversationId, inferenceId));
    if (chunkSamples < MIN_CHUNK_SAMPLES)
      throw new RangeError('The conversation or inference id is too long for an echo message.');
    turn = { inferenceId, chunkSamples };
    return turn;
  }

  function piece(from: number, to: number, done: boolean): EchoPiece {
    const { inferenceId } = turn ?? beginTurn();
    const audio = int16ToBase64(carry.subarray(from, to));
    const mine = arrivals.filter((a) => a.offset >= from && a.offset < to).map((a) => a.at);
    return {
      message: echoAudioMessage(opts.conversationId, inferenceId, audio, done),
      samples: to - from,
      arrivals: mine,
    };
  }

  /** Emits every full chunk of `carry` (all of it, the last one done, when `final`). */
  function drain(final: boolean): EchoPiece[] {
    const { chunkSamples } = turn ?? beginTurn();
    const pieces: EchoPiece[] = [];
    let from = 0;
    while (carry.length - from >= chunkSamples || (final && from < carry.length)) {
      const to = Math.min(carry.length, from + chunkSamples);
      pieces.push(piece(from, to, final && to === carry.length));
      from = to;
    }
    carry = carry.slice(from);
    arrivals = arrivals.filter((a) => a.offset >= from).map((a) => ({ offset: a.offset - from, at: a.at }));
    return pieces;
  }

  function reset() {
    turn = undefined;
    carry = new Int16Array(0);
    arrivals = [];
  }

  return {
    push(pcm, arrivedAt) {
      if (pcm.length === 0) return [];
      const joined = new Int16Array(carry.length + pcm.length);
      joined.set(carry);
      joined.set(pcm, carry.length);
      arrivals.push({ offset: carry.length, at: arrivedAt });
      carry = joined;
      return drain(false);
    },
    endTurn() {
      // A turn with no audio (text only, or already interrupted) has nothing to finish.
      if (!turn && carry.length === 0) return [];
      const withTail = new Int16Array(carry.length + tailSamples);
      withTail.set(carry);
      carry = withTail;
      const pieces = drain(true);
      reset();
      return pieces;
    },
    interrupt() {
      reset();
      return echoInterruptMessage(opts.conversationId);
    },
  };
}
