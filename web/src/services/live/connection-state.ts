// The session's connection state as the interview sees it: each change reported once, and
// 'reconnecting' only once a gap outlasts `noticeMs` (a blip nobody hears flashes no banner).

import type { Clock, TimerId } from '../../lib/clock';
import type { ConnectionState, LiveEvents } from './types';

export interface ConnectionStateReporter {
  show(state: ConnectionState, step?: 'token' | 'socket'): void;
  /** A gap began: 'reconnecting' is shown if it is still open after the notice delay. */
  gapStarted(): void;
  /** The gap is over (or the session closed): no late 'reconnecting'. */
  gapEnded(): void;
}

export function createConnectionStateReporter(
  clock: Clock,
  noticeMs: number,
  emit: (e: LiveEvents['connection']) => void,
): ConnectionStateReporter {
  let shown: ConnectionState | undefined;
  let timer: TimerId | undefined;
  const reporter: ConnectionStateReporter = {
    show(state, step) {
      if (state === shown && !step) return;
      shown = state;
      emit(step ? { state, step } : { state });
    },
    gapStarted() {
      timer ??= clock.setTimeout(() => reporter.show('reconnecting'), noticeMs);
    },
    gapEnded() {
      if (timer !== undefined) clock.clearTimeout(timer);
      timer = undefined;
    },
  };
  return reporter;
}
