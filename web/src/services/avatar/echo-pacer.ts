// Sends echo messages to the replica a little ahead of real time, in order, within the app
// message rate limit. Time comes from an injected clock so tests can drive it.
//
// Why a lead of ~300 ms: the replica renders from its own buffer, and app messages reach it over
// the network with jitter (tens to a couple of hundred ms). Keeping about 300 ms of audio at the
// replica means a late message does not make its face freeze mid-word. Sending further ahead
// would buy nothing — the words cannot be spoken earlier — and would cost a longer burst against
// the rate limit. It adds no delay: whatever is allowed goes out the moment it arrives.
//
// Why at most 18 messages per second: Daily is reported to throttle app messages at about 20/s,
// and dropped echo messages are lost words. 18 leaves a margin; with 60 ms chunks real-time
// speech needs under 17/s, so the pacer can still rebuild its lead after a burst.

import type { Clock, TimerId } from '../../lib/clock';
import type { EchoAudioMessage, EchoInterruptMessage, EchoMessage } from './echo-messages';

export interface PacedEcho {
  message: EchoAudioMessage;
  /** How long the replica takes to speak this message's audio. */
  audioMs: number;
  /** Arrival times of the audio chunks whose first sample is in this message. */
  arrivals: number[];
}

export interface EchoPacerOptions {
  clock: Clock;
  /** Puts one message on the wire; may throw (the pacer then stops and calls onError). */
  send: (message: EchoMessage) => void;
  onSent?: (item: PacedEcho, sentAt: number) => void;
  onError?: (err: unknown) => void;
  leadMs?: number;
  maxPerSecond?: number;
}

export interface EchoPacer {
  enqueue(items: readonly PacedEcho[]): void;
  /** Drops everything unsent and sends the interrupt at once (a barge-in must not queue). */
  interrupt(message: EchoInterruptMessage): void;
  /** Messages waiting to be sent. */
  pending(): number;
  /** Stops for good: drops the queue and cancels the timer. */
  dispose(): void;
}

const WINDOW_MS = 1000;

export function createEchoPacer(opts: EchoPacerOptions): EchoPacer {
  const { clock } = opts;
  const leadMs = opts.leadMs ?? 300;
  const maxPerWindow = opts.maxPerSecond ?? 18;
  let queue: PacedEcho[] = [];
  /** When the replica will have spoken everything sent so far, if it plays in real time. */
  let audioEnd = Number.NEGATIVE_INFINITY;
  let recentSends: number[] = [];
  let timer: TimerId | undefined;
  let disposed = false;

  function rateWait(now: number): number {
    recentSends = recentSends.filter((t) => t > now - WINDOW_MS);
    const oldest = recentSends[0];
    return recentSends.length < maxPerWindow || oldest === undefined ? 0 : oldest + WINDOW_MS - now;
  }

  function transmit(message: EchoMessage, now: number): boolean {
    try {
      opts.send(message);
    } catch (err) {
      dispose();
      opts.onError?.(err);
      return false;
    }
    recentSends.push(now);
    return true;
  }

  function pump() {
    timer = undefined;
    for (let item = queue[0]; item && !disposed; item = queue[0]) {
      const now = clock.now();
      const wait = Math.max(audioEnd - now - leadMs, rateWait(now));
      if (wait > 0) {
        timer = clock.setTimeout(pump, wait);
        return;
      }
      queue.shift();
      if (!transmit(item.message, now)) return;
      audioEnd = Math.max(audioEnd, now) + item.audioMs;
      opts.onSent?.(item, now);
    }
  }

  function cancelTimer() {
    if (timer !== undefined) clock.clearTimeout(timer);
    timer = undefined;
  }

  function dispose() {
    disposed = true;
    queue = [];
    cancelTimer();
  }

  return {
    enqueue(items) {
      if (disposed || items.length === 0) return;
      queue.push(...items);
      if (timer === undefined) pump();
    },
    interrupt(message) {
      if (disposed) return;
      cancelTimer();
      queue = [];
      const now = clock.now();
      // The replica drops what it had buffered, so the next turn starts with no lead.
      audioEnd = now;
      transmit(message, now);
    },
    pending: () => queue.length,
    dispose,
  };
}
