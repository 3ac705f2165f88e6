// One conversation's echo path: reply audio in, paced Tavus echo messages out, with the
// figures the benchmark reads. The Daily session owns one while the replica is live.

import type { Clock } from '../../lib/clock';
import { createEchoChunker, type EchoPiece } from './echo-chunker';
import { ECHO_SAMPLE_RATE, type EchoMessage } from './echo-messages';
import { createEchoPacer, type PacedEcho } from './echo-pacer';
import { createEchoStats } from './echo-stats';
import type { EchoStats } from './types';

export interface EchoStreamOptions {
  conversationId: string;
  clock: Clock;
  /** Puts one message on the wire; a throw stops the stream and calls onError. */
  send: (message: EchoMessage) => void;
  onError: (err: unknown) => void;
  newInferenceId?: () => string;
  leadMs?: number;
  maxPerSecond?: number;
}

export interface EchoStream {
  speak(pcm24k: Int16Array): void;
  endTurn(): void;
  interrupt(): void;
  stats(): EchoStats;
  dispose(): void;
}

export function createEchoStream(opts: EchoStreamOptions): EchoStream {
  const chunker = createEchoChunker({ conversationId: opts.conversationId, newInferenceId: opts.newInferenceId });
  const stats = createEchoStats();
  let stopped = false;
  const pacer = createEchoPacer({
    clock: opts.clock,
    send: opts.send,
    leadMs: opts.leadMs,
    maxPerSecond: opts.maxPerSecond,
    onSent: (item, sentAt) => {
      stats.sent(sentAt, item.arrivals, JSON.stringify(item.message).length);
      if (item.message.properties.done) stats.turnEnded();
    },
    onError: (err) => fail(err),
  });

  function fail(err: unknown) {
    if (stopped) return;
    stopped = true;
    pacer.dispose();
    opts.onError(err);
  }

  function enqueue(make: () => EchoPiece[]) {
    if (stopped) return;
    try {
      pacer.enqueue(make().map(paced));
    } catch (err) {
      fail(err);
    }
  }

  return {
    speak: (pcm) => enqueue(() => chunker.push(pcm, opts.clock.now())),
    endTurn: () => enqueue(() => chunker.endTurn()),
    interrupt() {
      if (stopped) return;
      pacer.interrupt(chunker.interrupt());
      stats.turnEnded();
    },
    stats: () => stats.snapshot(),
    dispose() {
      stopped = true;
      pacer.dispose();
    },
  };
}

function paced(piece: EchoPiece): PacedEcho {
  return { message: piece.message, audioMs: (piece.samples * 1000) / ECHO_SAMPLE_RATE, arrivals: piece.arrivals };
}
