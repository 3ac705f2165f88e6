// Measures what the echo path costs, for the benchmark and for diagnosing a laggy face:
// how long reply audio waits before it goes to the replica, and how fast messages go out.

import type { EchoStats } from './types';

export interface EchoStatsRecorder {
  /** A message went out at `sentAt` carrying the start of chunks that arrived at `arrivals`. */
  sent(sentAt: number, arrivals: readonly number[], chars: number): void;
  /** The turn is over (done sent, or interrupted): the next message opens a new reply. */
  turnEnded(): void;
  snapshot(): EchoStats;
}

/** Enough for a long interview; older figures are dropped first. */
const MAX_LATENCIES = 20_000;

/** Nearest-rank percentile; NaN for no samples. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

export function createEchoStats(): EchoStatsRecorder {
  let latencies: number[] = [];
  let messages = 0;
  let longest = 0;
  let lastSecond: number[] = [];
  let peak = 0;
  let turn: { first: number; last: number; count: number } | undefined;
  /** Gaps between consecutive messages of the same reply, and their total length. */
  let replyGaps = 0;
  let replyMs = 0;

  function closeTurn() {
    // A one-message turn has no duration to divide by; it would only skew the rate.
    if (turn && turn.count > 1) {
      replyGaps += turn.count - 1;
      replyMs += turn.last - turn.first;
    }
    turn = undefined;
  }

  return {
    sent(sentAt, arrivals, chars) {
      messages++;
      longest = Math.max(longest, chars);
      for (const at of arrivals) latencies.push(sentAt - at);
      if (latencies.length > MAX_LATENCIES) latencies = latencies.slice(-MAX_LATENCIES / 2);
      lastSecond = lastSecond.filter((t) => t > sentAt - 1000);
      lastSecond.push(sentAt);
      peak = Math.max(peak, lastSecond.length);
      turn = turn ? { ...turn, last: sentAt, count: turn.count + 1 } : { first: sentAt, last: sentAt, count: 1 };
    },
    turnEnded: closeTurn,
    snapshot() {
      const open = turn && turn.count > 1 ? { gaps: turn.count - 1, ms: turn.last - turn.first } : { gaps: 0, ms: 0 };
      const ms = replyMs + open.ms;
      return {
        addedLatencyMs: {
          median: percentile(latencies, 50),
          p95: percentile(latencies, 95),
          samples: latencies.length,
        },
        messagesPerSecond: ms > 0 ? ((replyGaps + open.gaps) * 1000) / ms : 0,
        peakMessagesPerSecond: peak,
        messagesSent: messages,
        longestMessageChars: longest,
      };
    },
  };
}
